package cascade.model;

/**
 * Why an order did not go through: expected outcomes as values, never exceptions. Codes are grouped in
 * ranges per subsystem (1xx venue, 2xx risk) so logs and the store stay compact and sortable.
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
    // 2xx: our risk checks said no before the order left
    RISK_MAX_LEVERAGE(201),
    RISK_MAX_NOTIONAL_SYMBOL(202),
    RISK_MAX_NOTIONAL_TOTAL(203),
    RISK_MAX_OPEN_POSITIONS(204),
    RISK_ORDER_RATE(205),
    RISK_PRICE_BAND(206),
    RISK_DAILY_LOSS_REDUCING(207),
    RISK_HALTED(208),
    RISK_ZERO_SIZE(209);

    public final int code;

    RejectReason(int code) {
        this.code = code;
    }
}
