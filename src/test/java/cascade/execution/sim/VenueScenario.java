package cascade.execution.sim;

import cascade.model.Order;
import cascade.model.Purpose;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;

/**
 * A simulated venue on BTCUSDT (price scale 2, quantity scale 3) with a recording listener, plus short ways to
 * feed it 4-hour bars and events. Bar k opens at {@link #T0} + 4 h × k and closes 4 h later.
 */
final class VenueScenario {
    /** 2025-01-01T00:00:00Z, a funding time. */
    static final long T0 = 1_735_689_600_000L;
    static final long HOUR = 3_600_000L;
    static final long BAR = 4 * HOUR;
    /** 10 000 USD. */
    static final long BALANCE = 10_000_000_000L;

    final Instruments instruments = new Instruments();
    final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
    final RecordingListener events = new RecordingListener();
    final SimulatedVenue venue;
    private final MarketEvent slot = new MarketEvent();

    VenueScenario(VenueConfig config) {
        venue = new SimulatedVenue(config, instruments);
        venue.connect(events);
    }

    static VenueScenario defaults() {
        return new VenueScenario(VenueConfig.defaults(BALANCE));
    }

    static VenueScenario withoutSlippage() {
        return new VenueScenario(VenueConfig.defaults(BALANCE).withSlippage(SlippageModel.NONE));
    }

    static long openOf(int bar) {
        return T0 + BAR * bar;
    }

    static long closeOf(int bar) {
        return openOf(bar) + BAR;
    }

    long px(double usd) {
        return btc.priceUnits(usd);
    }

    long qty(double btcQty) {
        return btc.qtyUnits(btcQty);
    }

    /** Feeds 4-hour bar number k with unknown funding rate and volume. */
    void bar(int k, double open, double high, double low, double close) {
        bar(k, open, high, low, close, Fixed.UNKNOWN);
    }

    /** Feeds 4-hour bar number k with the last settled funding rate (RATE_SCALE) known at its close. */
    void bar(int k, double open, double high, double low, double close, long fundingRate) {
        bar(openOf(k), closeOf(k), open, high, low, close, fundingRate);
    }

    void bar(long openMs, long closeMs, double open, double high, double low, double close, long fundingRate) {
        slot.bar(btc.id(), openMs, closeMs, px(open), px(high), px(low), px(close));
        slot.fundingRate = fundingRate;
        venue.onMarketEvent(slot);
    }

    /** A trade of 0.5 BTC. */
    void trade(long timeMs, double price) {
        trade(timeMs, price, 0.5);
    }

    /** A trade of {@code qty} BTC. */
    void trade(long timeMs, double price, double qty) {
        venue.onMarketEvent(slot.trade(btc.id(), timeMs, Side.BUY, px(price), qty(qty)));
    }

    void mark(long timeMs, double price) {
        venue.onMarketEvent(slot.markPrice(btc.id(), timeMs, px(price)));
    }

    void funding(long timeMs, long rate, long fundingTimeMs) {
        venue.onMarketEvent(slot.funding(btc.id(), timeMs, rate, fundingTimeMs));
    }

    Order market(long id, Side side, double qty, boolean reduceOnly, long timeMs) {
        return submit(Order.market(id, btc.id(), side, qty(qty), reduceOnly, timeMs, Purpose.ENTRY));
    }

    Order limit(long id, Side side, double qty, double price, boolean reduceOnly, long timeMs) {
        return submit(Order.limit(id, btc.id(), side, qty(qty), px(price), reduceOnly, timeMs, Purpose.TARGET));
    }

    Order stop(long id, Side side, double qty, double stopPrice, boolean reduceOnly, long timeMs) {
        return submit(Order.stopMarket(id, btc.id(), side, qty(qty), px(stopPrice), reduceOnly, timeMs, Purpose.STOP));
    }

    /** Submits and delivers the venue's answer, as the engine does at the end of a step. */
    Order submit(Order order) {
        events.submitted(order);
        venue.submit(order);
        venue.deliver();
        return order;
    }

    void cancel(Order order, long timeMs) {
        venue.cancel(order, timeMs);
        venue.deliver();
    }

    long positionQty() {
        return venue.position(btc.id()).qty();
    }
}
