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
    /** A fill of one of our orders (from a venue). */
    FILL(8);

    private static final EventType[] BY_CODE = new EventType[9];

    static {
        for (EventType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    public final byte code;

    EventType(int code) {
        this.code = (byte) code;
    }

    /** @return the type for a recording tag, or null when the tag is unknown */
    public static EventType ofCode(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
