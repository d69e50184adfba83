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

    // venue events (FILL, ORDER_*, CANCEL_REJECTED, FUNDING_PAYMENT, *_SNAPSHOT, VENUE_STATUS)
    /** Our order's book id (the number behind its client order id); 0 for a venue-made fill. */
    public long orderId;
    /** FILL: fee paid in USD micros (negative = rebate). */
    public long feeUsd;
    /** The venue's own order id, 0 when unknown. */
    public long venueOrderId;
    /** FILL: the venue's trade id, unique per order; fills are applied once per (order, trade). */
    public long tradeId;
    /** FILL: maker (resting) or taker. */
    public boolean maker;
    /** FILL: the venue closing our position (liquidation, ADL): not an order of ours. */
    public boolean liquidation;
    /** ORDER_REJECTED, CANCEL_REJECTED: why, as a reject reason's code (see {@code RejectReason.ofCode}). */
    public int rejectCode;
    /** FUNDING_PAYMENT: amount received (+) or paid (−); BALANCE_SNAPSHOT: wallet balance. USD micros. */
    public long amountUsd;
    /** VENUE_STATUS: the new status's code (see {@code VenueStatus.ofCode}). */
    public int venueStatus;

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
        venueOrderId = 0;
        tradeId = 0;
        maker = false;
        liquidation = false;
        rejectCode = 0;
        amountUsd = 0;
        venueStatus = 0;
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
        venueOrderId = o.venueOrderId;
        tradeId = o.tradeId;
        maker = o.maker;
        liquidation = o.liquidation;
        rejectCode = o.rejectCode;
        amountUsd = o.amountUsd;
        venueStatus = o.venueStatus;
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

    /** A venue fill of our order {@code orderId} (0 with {@code liquidation} for a venue-made close). */
    public MarketEvent venueFill(int instrument, long timeMs, long orderId, long tradeId, Side side, long price,
            long qty, long feeUsd, boolean maker, boolean liquidation) {
        fill(instrument, timeMs, orderId, side, price, qty, feeUsd);
        this.tradeId = tradeId;
        this.maker = maker;
        this.liquidation = liquidation;
        return this;
    }

    /** ORDER_ACCEPTED, ORDER_CANCELLED or ORDER_EXPIRED of our order. */
    public MarketEvent orderEvent(EventType type, int instrument, long timeMs, long orderId, long venueOrderId) {
        clear();
        this.type = type;
        this.instrument = instrument;
        this.timeMs = timeMs;
        this.orderId = orderId;
        this.venueOrderId = venueOrderId;
        return this;
    }

    /** ORDER_REJECTED or CANCEL_REJECTED of our order, with the reason. */
    public MarketEvent orderRejected(EventType type, int instrument, long timeMs, long orderId,
            int rejectCode) {
        clear();
        this.type = type;
        this.instrument = instrument;
        this.timeMs = timeMs;
        this.orderId = orderId;
        this.rejectCode = rejectCode;
        return this;
    }

    /** Funding settled on our position of {@code positionQty} at {@code markPrice}. */
    public MarketEvent fundingPayment(int instrument, long fundingTimeMs, long positionQty, long markPrice, long rate,
            long amountUsd) {
        clear();
        this.type = EventType.FUNDING_PAYMENT;
        this.instrument = instrument;
        this.timeMs = fundingTimeMs;
        this.fundingTimeMs = fundingTimeMs;
        this.qty = positionQty;
        this.price = markPrice;
        this.fundingRate = rate;
        this.amountUsd = amountUsd;
        return this;
    }

    /** The venue's position on an instrument: signed quantity and entry price. */
    public MarketEvent positionSnapshot(int instrument, long timeMs, long signedQty, long entryPrice) {
        clear();
        this.type = EventType.POSITION_SNAPSHOT;
        this.instrument = instrument;
        this.timeMs = timeMs;
        this.qty = signedQty;
        this.price = entryPrice;
        return this;
    }

    /** The venue's wallet balance. */
    public MarketEvent balanceSnapshot(long timeMs, long balanceUsd) {
        clear();
        this.type = EventType.BALANCE_SNAPSHOT;
        this.timeMs = timeMs;
        this.amountUsd = balanceUsd;
        return this;
    }

    public MarketEvent venueStatus(long timeMs, int statusCode) {
        clear();
        this.type = EventType.VENUE_STATUS;
        this.timeMs = timeMs;
        this.venueStatus = statusCode;
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
