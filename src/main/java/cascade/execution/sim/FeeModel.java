package cascade.execution.sim;

import cascade.market.Fixed;

/**
 * Trading fees as fractions of the filled notional: a maker rate for resting limit orders that fill, a taker
 * rate for everything that takes liquidity (market and stop orders, liquidations). The rates are held in
 * {@link Fixed#RATE_SCALE} units (1e-10, converted once here: finer digits of a configured rate are rounded), and
 * a fee is notional × rate in exact integer arithmetic, rounded once to USD micros per fill, half away from zero
 * (a rebate of −2.5 micros is −3, like a fee of +2.5 is +3).
 *
 * <p>Was a record; it stays a value with the same constructor, accessors, equality and text.
 */
public final class FeeModel {
    /** Binance USDⓈ-M futures regular tier: maker 0.02 %, taker 0.05 %. */
    public static final FeeModel BINANCE_USDM = new FeeModel(0.0002, 0.0005);

    private static final double MAX_RATE = 0.01;
    private static final double MAX_REBATE = -0.001;

    private final double makerRate;
    private final double takerRate;
    private final long makerRateUnits;
    private final long takerRateUnits;

    /**
     * @param makerRate fraction of notional, e.g. 0.0002 = 0.02 %; may be slightly negative (a rebate)
     * @param takerRate fraction of notional, e.g. 0.0005 = 0.05 %
     */
    public FeeModel(double makerRate, double takerRate) {
        if (!(makerRate >= MAX_REBATE && makerRate <= MAX_RATE)) {
            throw new IllegalArgumentException("fees.makerRate must be a fraction in [" + MAX_REBATE + ", " + MAX_RATE
                    + "] (0.0002 = 0.02 %), was " + makerRate);
        }
        if (!(takerRate >= 0 && takerRate <= MAX_RATE)) {
            throw new IllegalArgumentException(
                    "fees.takerRate must be a fraction in [0, " + MAX_RATE + "] (0.0005 = 0.05 %), was " + takerRate);
        }
        this.makerRate = makerRate;
        this.takerRate = takerRate;
        this.makerRateUnits = Fixed.fromDouble(makerRate, Fixed.RATE_SCALE);
        this.takerRateUnits = Fixed.fromDouble(takerRate, Fixed.RATE_SCALE);
    }

    /** Fraction of notional a resting order pays when it fills (negative = rebate). */
    public double makerRate() {
        return makerRate;
    }

    /** Fraction of notional a taker fill pays. */
    public double takerRate() {
        return takerRate;
    }

    /** The maker rate in {@link Fixed#RATE_SCALE} units: 0.0002 → 2 000 000. */
    public long makerRateUnits() {
        return makerRateUnits;
    }

    /** The taker rate in {@link Fixed#RATE_SCALE} units: 0.0005 → 5 000 000. */
    public long takerRateUnits() {
        return takerRateUnits;
    }

    /**
     * Fee in USD micros (positive = paid) for a fill of the given notional (USD micros): exact, no allocation.
     *
     * @throws ArithmeticException only beyond 9.2e12 USD of fee
     */
    public long feeUsd(long notionalUsd, boolean maker) {
        return Fixed.timesRate(notionalUsd, maker ? makerRateUnits : takerRateUnits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeeModel other && Double.compare(makerRate, other.makerRate) == 0
                && Double.compare(takerRate, other.takerRate) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(makerRate) + Double.hashCode(takerRate);
    }

    @Override
    public String toString() {
        return "FeeModel[makerRate=" + makerRate + ", takerRate=" + takerRate + "]";
    }
}
