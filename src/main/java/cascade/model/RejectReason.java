package cascade.model;

/**
 * Why an order did not go through: expected outcomes as values, never exceptions. Codes are grouped in
 * ranges per subsystem (1xx venue, 2xx risk, 3xx instrument filters) so logs and the store stay compact
 * and sortable.
 */
public enum RejectReason {
    // 1xx: the venue said no
    INSUFFICIENT_MARGIN(101),
    REDUCE_ONLY_WOULD_INCREASE(102),
    NO_MARKET_PRICE(103),
    RATE_LIMITED(104),
    INVALID_ORDER(105),
    UNKNOWN_ORDER(106),
    VENUE_UNAVAILABLE(107),
    /** A stop whose trigger price the market has already crossed (Binance -2021). */
    WOULD_IMMEDIATELY_TRIGGER(108),
    // 2xx: our risk checks said no before the order left
    RISK_MAX_LEVERAGE(201),
    RISK_MAX_NOTIONAL_SYMBOL(202),
    RISK_MAX_NOTIONAL_TOTAL(203),
    RISK_MAX_OPEN_POSITIONS(204),
    RISK_ORDER_RATE(205),
    RISK_PRICE_BAND(206),
    RISK_DAILY_LOSS_REDUCING(207),
    RISK_HALTED(208),
    RISK_ZERO_SIZE(209),
    /** The symbol's last trade and mark are older than the configured age. */
    RISK_STALE_PRICE(210),
    // 3xx: the instrument's filters (tick, step, minimum and maximum size) said no before the order left
    FILTER_MIN_QTY(301),
    FILTER_MIN_NOTIONAL(302),
    FILTER_MAX_QTY(303);

    private static final RejectReason[] BY_CODE = new RejectReason[400];

    static {
        for (RejectReason r : values()) {
            BY_CODE[r.code] = r;
        }
    }

    public final int code;

    RejectReason(int code) {
        this.code = code;
    }

    /** @return the reason with this code, or null when unknown */
    public static RejectReason ofCode(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** Refused by our own checks before the order left (risk or filters), as opposed to by the venue. */
    public boolean local() {
        return code >= 200;
    }
}
