package cascade.signal;

import static cascade.market.Fixed.RATE_SCALE;
import static cascade.market.MarketEvent.OI_SCALE;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.state.MarketState;
import cascade.state.SymbolState;

/** Builds market state from hand-written event tapes for card tests. */
final class CardTapes {
    static final long BAR = 4 * 3_600_000L;
    static final long T0 = 1_735_689_600_000L; // 2025-01-01T00:00Z

    final Instruments instruments = new Instruments();
    final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
    final MarketState market;
    private final MarketEvent e = new MarketEvent();

    CardTapes(long bucketMs, int buckets) {
        market = new MarketState(instruments, bucketMs, buckets, 1000);
    }

    static CardTapes bars() {
        return new CardTapes(BAR, 64);
    }

    /** Bar number i (opening at T0 + i·4h) with its liquidated USD per side; returns its close time. */
    long bar(int i, double longUsd, double shortUsd) {
        return bar(i, longUsd, shortUsd, Double.NaN, Double.NaN);
    }

    /**
     * Bar number i with liquidated USD per side, open interest and last settled funding rate at its close
     * (NaN = blank in the file); returns its close time.
     */
    long bar(int i, double longUsd, double shortUsd, double openInterest, double fundingRate) {
        long open = T0 + i * BAR;
        long px = btc.priceUnits(100_000.0);
        e.bar(btc.id(), open, open + BAR, px, px, px, px);
        e.liqLongUsd = Fixed.usdMicros(longUsd);
        e.liqShortUsd = Fixed.usdMicros(shortUsd);
        e.openInterest = Double.isNaN(openInterest) ? Fixed.UNKNOWN : Fixed.fromDouble(openInterest, OI_SCALE);
        e.fundingRate = Double.isNaN(fundingRate) ? Fixed.UNKNOWN : Fixed.fromDouble(fundingRate, RATE_SCALE);
        market.onEvent(e);
        return open + BAR;
    }

    /** A forced order at a time: SELL liquidates a long. */
    void liquidation(long timeMs, Side side, double price, double qty) {
        market.onEvent(e.liquidation(btc.id(), timeMs, side, btc.priceUnits(price), btc.qtyUnits(qty)));
    }

    /** An open-interest snapshot at a time, in the source's unit. */
    void openInterest(long timeMs, double openInterest) {
        market.onEvent(e.openInterest(btc.id(), timeMs, Fixed.fromDouble(openInterest, OI_SCALE)));
    }

    /** A funding settlement: the rate (fraction per interval) settled at {@code timeMs}. */
    void funding(long timeMs, double rate) {
        market.onEvent(e.funding(btc.id(), timeMs, Fixed.fromDouble(rate, RATE_SCALE), timeMs));
    }

    SymbolState state() {
        return market.get(btc.id());
    }
}
