package cascade.sim;

/**
 * A scheduled, exogenous price move (a "fat finger" or a news crash) used to provoke a cascade.
 *
 * @param atMs event time of the move; it lands in the simulation step containing this time
 * @param symbol the symbol it hits, or {@link #ALL} for every symbol (each moves by the full amount)
 * @param movePct the move in percent of price, e.g. -5 for a 5 % drop
 */
public record PriceShock(long atMs, String symbol, double movePct) {
    /** Symbol wildcard: the shock hits the whole market. */
    public static final String ALL = "*";

    /** The move as a log return. */
    double logReturn() {
        return Math.log1p(movePct / 100.0);
    }

    void check(ConfigCheck c) {
        c.range("movePct", movePct, -90.0, 900.0);
        c.that(symbol != null && !symbol.isEmpty(), "symbol", "must name a simulated symbol or '*'");
    }
}
