package cascade.market;

/** What a {@link MarketEvent} slot currently holds. The byte code is the on-disk tag in recordings. */
public enum EventType {
    /** A forced order: a position was liquidated. */
    LIQUIDATION(1),
    /** An aggregate trade with the taker's side. */
    TRADE(2),
    /** Mark price snapshot. */
    MARK_PRICE(3),
    /** Funding rate: a settlement (or the predicted rate) with its funding time. */
    FUNDING(4),
    /** Open-interest snapshot. */
    OPEN_INTEREST(5),
    /** A closed bar: OHLC plus liquidated USD per side, OI and last settled funding. */
    BAR(6),
    /** Event-time clock tick injected by the source so cycles fire when nothing trades. */
    CLOCK(7),
    /** A fill of one of our orders (from a venue): trade id, price, quantity, fee, maker or taker. */
    FILL(8),
    // What a venue reports about our orders and account: outputs of trading, never recorded as market input.
    /** The venue acknowledged an order, with its own order id. */
    ORDER_ACCEPTED(9),
    /** The venue refused an order; {@code rejectReason} says why. */
    ORDER_REJECTED(10),
    /** An order left the venue's book unfilled (or partly filled) because it was cancelled. */
    ORDER_CANCELLED(11),
    /** An order left the venue's book because its time in force ran out. */
    ORDER_EXPIRED(12),
    /** A cancel request failed; {@code rejectReason} says why (the order may have filled meanwhile). */
    CANCEL_REJECTED(13),
    /** Funding settled on our position: {@code amountUsd} received (+) or paid (−). */
    FUNDING_PAYMENT(14),
    /** The venue's view of our position on one instrument: signed {@code qty}, entry {@code price}. */
    POSITION_SNAPSHOT(15),
    /** The venue's view of our wallet balance, {@code amountUsd}. */
    BALANCE_SNAPSHOT(16),
    /** The venue connection's health changed: {@code venueStatus}. */
    VENUE_STATUS(17),
    /**
     * A request's outcome is not known (a timeout, a lost response): the order may be working or filled and
     * stays in flight until a later report or a query settles it; nothing is resent meanwhile.
     */
    ORDER_UNKNOWN(18);

    private static final EventType[] BY_CODE = new EventType[19];

    static {
        for (EventType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    public final byte code;

    EventType(int code) {
        this.code = (byte) code;
    }

    /** Reported by a venue about our orders or account (fills included), as opposed to market data. */
    public boolean isVenueEvent() {
        return code >= FILL.code;
    }

    /** @return the type for a recording tag, or null when the tag is unknown */
    public static EventType ofCode(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
