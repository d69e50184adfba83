package cascade.sim;

/**
 * How forced orders move the price: a forced flow of {@code coefficient × depthUsdPerPct} USD moves the
 * price by 1 %, part of it permanently and the rest as a dislocation that heals (a wick).
 *
 * @param coefficient impact per unit of depth; 0 switches the feedback off (no cascades)
 * @param permanentShare share of the impact that stays
 * @param transientHalfLifeSec how fast the rest heals
 */
public record ImpactSpec(double coefficient, double permanentShare, double transientHalfLifeSec) {

    public static ImpactSpec defaults() {
        return new ImpactSpec(1.0, 0.6, 300);
    }

    /** The same impact switched off: liquidations no longer move the price. */
    public ImpactSpec off() {
        return new ImpactSpec(0, permanentShare, transientHalfLifeSec);
    }

    void check(ConfigCheck c) {
        c.range("coefficient", coefficient, 0.0, 100.0);
        c.range("permanentShare", permanentShare, 0.0, 1.0);
        c.range("transientHalfLifeSec", transientHalfLifeSec, 0.1, 1e6);
    }
}
