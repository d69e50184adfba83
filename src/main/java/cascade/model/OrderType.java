package cascade.model;

public enum OrderType {
    MARKET,
    LIMIT,
    /** Becomes a market order when the price trades through {@link Order#stopPrice}. */
    STOP_MARKET
}
