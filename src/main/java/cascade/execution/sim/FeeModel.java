package cascade.execution.sim;

/**
 * Trading fees as fractions of the filled notional: a maker rate for resting limit orders that fill, a taker
 * rate for everything that takes liquidity (market and stop orders, liquidations). A fee is computed in
 * double and rounded once to USD micros per fill.
 *
 * @param makerRate fraction of notional, e.g. 0.0002 = 0.02 %; may be slightly negative (a rebate)
 * @param takerRate fraction of notional, e.g. 0.0005 = 0.05 %
 */
public record FeeModel(double makerRate, double takerRate) {
    /** Binance USDⓈ-M futures regular tier: maker 0.02 %, taker 0.05 %. */
    public static final FeeModel BINANCE_USDM = new FeeModel(0.0002, 0.0005);

    private static final double MAX_RATE = 0.01;
    private static final double MAX_REBATE = -0.001;

    public FeeModel {
        if (!(makerRate >= MAX_REBATE && makerRate <= MAX_RATE)) {
            throw new IllegalArgumentException("fees.makerRate must be a fraction in [" + MAX_REBATE + ", " + MAX_RATE
                    + "] (0.0002 = 0.02 %), was " + makerRate);
        }
        if (!(takerRate >= 0 && takerRate <= MAX_RATE)) {
            throw new IllegalArgumentException(
                    "fees.takerRate must be a fraction in [0, " + MAX_RATE + "] (0.0005 = 0.05 %), was " + takerRate);
        }
    }

    /** Fee in USD micros (positive = paid) for a fill of the given notional. */
    public long feeUsd(long notionalUsd, boolean maker) {
        return Math.round(notionalUsd * (maker ? makerRate : takerRate));
    }
}
