package cascade.signal;

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
        long open = T0 + i * BAR;
        long px = btc.priceUnits(100_000.0);
        e.bar(btc.id(), open, open + BAR, px, px, px, px);
        e.liqLongUsd = cascade.market.Fixed.usdMicros(longUsd);
        e.liqShortUsd = cascade.market.Fixed.usdMicros(shortUsd);
        market.onEvent(e);
        return open + BAR;
    }

    /** A forced order at a time: SELL liquidates a long. */
    void liquidation(long timeMs, Side side, double price, double qty) {
        market.onEvent(e.liquidation(btc.id(), timeMs, side, btc.priceUnits(price), btc.qtyUnits(qty)));
    }

    SymbolState state() {
        return market.get(btc.id());
    }
}
