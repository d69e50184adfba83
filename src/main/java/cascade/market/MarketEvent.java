package cascade.market;

import static cascade.market.Fixed.UNKNOWN;

/**
 * One preallocated, reusable ring slot. Which fields mean something depends on {@link #type}; all are
 * primitives so publishing and reading never allocate. Prices/quantities are in the instrument's fixed
 * point, USD amounts in {@link Fixed#USD_SCALE}, rates in {@link Fixed#RATE_SCALE}, open interest in
 * {@link #OI_SCALE} of whatever unit the source reports (use its relative change). {@link Fixed#UNKNOWN}
 * marks an optional value the source did not have.
 */
public final class MarketEvent {
    /** Open interest is kept in units of 10^-4 of the source's own unit (contracts, coins or USD). */
    public static final int OI_SCALE = 4;

    public EventType type;
    /** {@link Instrument#id()}; -1 for a clock tick that concerns every instrument. */
    public int instrument;
    /** Exchange (event) time, epoch milliseconds. For a bar: its close time. */
    public long timeMs;
    /**
     * When the event entered Cascade, monotonic nanoseconds (ts_init): for latency measurement only, never
     * read by decisions; not recorded. 0 when unknown.
     */
    public long receivedNanos;

    /** Liquidation/trade/fill price, mark price; for a bar its close. */
    public long price;
    /** Liquidation/trade/fill quantity in base units. */
    public long qty;
    /** Liquidation: the forced order's side (SELL = a long was liquidated). Trade: taker side. Fill: our side. */
    public Side side;

    // bar aggregate (BAR)
    public long open;
    public long high;
    public long low;
    public long barOpenTimeMs;
    public long volumeUsd;
    public long liqLongUsd;
    public long liqShortUsd;

    /** OPEN_INTEREST, BAR: open interest, or UNKNOWN. */
    public long openInterest;
    /** FUNDING: the settled rate; BAR: last settled rate known at close, or UNKNOWN. */
    public long fundingRate;
    /** FUNDING: the funding (settlement) time. */
    public long fundingTimeMs;

    // fill (FILL)
    public long orderId;
    public long feeUsd;

    public MarketEvent clear() {
        type = null;
        instrument = -1;
        timeMs = 0;
        receivedNanos = 0;
        price = 0;
        qty = 0;
        side = null;
        open = 0;
        high = 0;
        low = 0;
        barOpenTimeMs = 0;
        volumeUsd = UNKNOWN;
        liqLongUsd = UNKNOWN;
        liqShortUsd = UNKNOWN;
        openInterest = UNKNOWN;
        fundingRate = UNKNOWN;
        fundingTimeMs = 0;
        orderId = 0;
        feeUsd = 0;
        return this;
    }

    public MarketEvent copyFrom(MarketEvent o) {
        type = o.type;
        instrument = o.instrument;
        timeMs = o.timeMs;
        receivedNanos = o.receivedNanos;
        price = o.price;
        qty = o.qty;
        side = o.side;
        open = o.open;
        high = o.high;
        low = o.low;
        barOpenTimeMs = o.barOpenTimeMs;
        volumeUsd = o.volumeUsd;
        liqLongUsd = o.liqLongUsd;
        liqShortUsd = o.liqShortUsd;
        openInterest = o.openInterest;
        fundingRate = o.fundingRate;
        fundingTimeMs = o.fundingTimeMs;
        orderId = o.orderId;
        feeUsd = o.feeUsd;
        return this;
    }

    public MarketEvent liquidation(int instrument, long timeMs, Side forcedOrderSide, long price, long qty) {
        clear();
        this.type = EventType.LIQUIDATION;
        this.instrument = instrument;
        this.timeMs = timeMs;
        this.side = forcedOrderSide;
        this.price = price;
        this.qty = qty;
        return this;
    }

    public MarketEvent trade(int instrument, long timeMs, Side takerSide, long price, long qty) {
        clear();
        this.type = EventType.TRADE;
        this.instrument = instrument;
        this.timeMs = timeMs;
        this.side = takerSide;
        this.price = price;
        this.qty = qty;
        return this;
    }

    public MarketEvent markPrice(int instrument, long timeMs, long price) {
        clear();
        this.type = EventType.MARK_PRICE;
        this.instrument = instrument;
        this.timeMs = timeMs;
        this.price = price;
        return this;
    }

    public MarketEvent funding(int instrument, long timeMs, long rate, long fundingTimeMs) {
        clear();
        this.type = EventType.FUNDING;
        this.instrument = instrument;
        this.timeMs = timeMs;
        this.fundingRate = rate;
        this.fundingTimeMs = fundingTimeMs;
        return this;
    }

    public MarketEvent openInterest(int instrument, long timeMs, long openInterest) {
        clear();
        this.type = EventType.OPEN_INTEREST;
        this.instrument = instrument;
        this.timeMs = timeMs;
        this.openInterest = openInterest;
        return this;
    }

    public MarketEvent clock(long timeMs) {
        clear();
        this.type = EventType.CLOCK;
        this.timeMs = timeMs;
        return this;
    }

    /** A closed bar; {@code timeMs} is the close time, values are as of the close. */
    public MarketEvent bar(int instrument, long openTimeMs, long closeTimeMs, long open, long high, long low,
            long close) {
        clear();
        this.type = EventType.BAR;
        this.instrument = instrument;
        this.barOpenTimeMs = openTimeMs;
        this.timeMs = closeTimeMs;
        this.open = open;
        this.high = high;
        this.low = low;
        this.price = close;
        return this;
    }

    public MarketEvent fill(int instrument, long timeMs, long orderId, Side side, long price, long qty, long feeUsd) {
        clear();
        this.type = EventType.FILL;
        this.instrument = instrument;
        this.timeMs = timeMs;
        this.orderId = orderId;
        this.side = side;
        this.price = price;
        this.qty = qty;
        this.feeUsd = feeUsd;
        return this;
    }

    public long close() {
        return price;
    }

    @Override
    public String toString() {
        return type + "{inst=" + instrument + ", t=" + timeMs + ", px=" + price + ", qty=" + qty + ", side=" + side
                + (type == EventType.BAR ? ", o=" + open + ", h=" + high + ", l=" + low + ", liqL=" + liqLongUsd
                        + ", liqS=" + liqShortUsd + ", oi=" + openInterest + ", fr=" + fundingRate : "")
                + "}";
    }
}
