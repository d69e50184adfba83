package cascade.signal;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.state.MarketState;
import cascade.state.SymbolState;

/**
 * Hand-written tapes of BTCUSDT on one or more venues, with a price per bar or trade: for the cards that
 * read the price trend or compare venues.
 */
final class VenueTapes {
    final Instruments instruments = new Instruments();
    final MarketState market;
    private final MarketEvent e = new MarketEvent();

    VenueTapes(long bucketMs, String... venues) {
        for (String venue : venues) {
            instruments.register(venue, "BTCUSDT", 2, 3);
        }
        market = new MarketState(instruments, bucketMs, 400, 1000);
    }

    /** Bar tapes (4 h bars, one bucket per bar). */
    static VenueTapes bars(String... venues) {
        return new VenueTapes(CardTapes.BAR, venues);
    }

    /** Bar number i on a venue (opening at T0 + i·4h) with its liquidated USD and close; returns its close time. */
    long bar(String venue, int i, double longUsd, double shortUsd, double close) {
        Instrument inst = instrument(venue);
        long open = CardTapes.T0 + i * CardTapes.BAR;
        long px = inst.priceUnits(close);
        e.bar(inst.id(), open, open + CardTapes.BAR, px, px, px, px);
        e.liqLongUsd = Fixed.usdMicros(longUsd);
        e.liqShortUsd = Fixed.usdMicros(shortUsd);
        market.onEvent(e);
        return open + CardTapes.BAR;
    }

    /** A forced order on a venue: SELL liquidates a long. */
    void liquidation(String venue, long timeMs, Side side, double price, double qty) {
        Instrument inst = instrument(venue);
        market.onEvent(e.liquidation(inst.id(), timeMs, side, inst.priceUnits(price), inst.qtyUnits(qty)));
    }

    /** A trade on a venue: sets its last price. */
    void trade(String venue, long timeMs, double price) {
        Instrument inst = instrument(venue);
        market.onEvent(e.trade(inst.id(), timeMs, Side.BUY, inst.priceUnits(price), inst.qtyUnits(0.001)));
    }

    /** Clock ticks every 10 s from {@code fromMs} to {@code toMs} inclusive: each records the closes. */
    void ticks(long fromMs, long toMs) {
        for (long t = fromMs; t <= toMs; t += 10_000) {
            market.onClock(t);
        }
    }

    SymbolState state(String venue) {
        return market.get(instrument(venue).id());
    }

    private Instrument instrument(String venue) {
        return instruments.find(venue, "BTCUSDT");
    }
}
