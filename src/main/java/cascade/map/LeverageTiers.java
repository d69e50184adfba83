package cascade.map;

import java.util.Arrays;

/**
 * The leverage mix assumed for newly opened positions: leverage tiers, the share of new open interest
 * each one takes, and the maintenance margin rate (mmr). A position opened at {@code entry} with leverage
 * L is liquidated when its margin 1/L of the notional has shrunk to the maintenance margin:
 * <pre>
 *   long:  entry · (1 − 1/L + mmr)
 *   short: entry · (1 + 1/L − mmr)
 * </pre>
 * (isolated margin; fees, funding and tiered maintenance rates ignored).
 */
public final class LeverageTiers {
    /** Quantiles a tier's margin spread is represented by. */
    public static final int SPREAD_POINTS = 5;
    /** Standard-normal deciles 1, 3, 5, 7, 9: the {@link #SPREAD_POINTS} equally weighted spread points. */
    private static final double[] SPREAD_Z = {-1.2815515655446004, -0.5244005127080407, 0, 0.5244005127080407,
        1.2815515655446004};
    /** The nearest a level may lie to its entry, as a fraction (exchanges liquidate before the entry). */
    public static final double MIN_DISTANCE = 0.0005;
    private final double[] leverage;
    private final double[] share;
    private final double mmr;

    /**
     * @param leverage leverage of each tier, each at least 1 and with 1/L above {@code mmr} (a position must
     *     not be liquidated at its own entry)
     * @param weight relative weight of each tier (≥ 0, not all 0); normalised to shares summing to 1
     * @param mmr maintenance margin rate in [0, 0.5)
     */
    public LeverageTiers(double[] leverage, double[] weight, double mmr) {
        if (leverage.length == 0 || leverage.length != weight.length) {
            throw new IllegalArgumentException("need one weight per leverage tier and at least one tier");
        }
        if (!(mmr >= 0 && mmr < 0.5)) {
            throw new IllegalArgumentException("maintenance margin rate must be in [0, 0.5), was " + mmr);
        }
        double sum = 0;
        for (int i = 0; i < leverage.length; i++) {
            if (!(leverage[i] >= 1 && 1 / leverage[i] > mmr && Double.isFinite(leverage[i]))) {
                throw new IllegalArgumentException("leverage " + leverage[i] + " must be at least 1 and below 1/mmr");
            }
            if (!(weight[i] >= 0 && Double.isFinite(weight[i]))) {
                throw new IllegalArgumentException("tier weight must be a finite number >= 0, was " + weight[i]);
            }
            sum += weight[i];
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one tier weight must be above 0");
        }
        this.leverage = leverage.clone();
        this.share = new double[weight.length];
        for (int i = 0; i < weight.length; i++) {
            share[i] = weight[i] / sum;
        }
        this.mmr = mmr;
    }

    /** 5×, 10×, 25×, 50×, 100× weighted 10/30/30/20/10 % (most retail leverage sits at 10–25×), mmr 0.4 %. */
    public static LeverageTiers defaults() {
        return defaults(0.004);
    }

    /**
     * The tiers of {@link MapConfig#ESTIMATE}: 10×, 25×, 50×, 75×, 100×, 125× weighted 3/3/2/1/1/1, mmr 0.4 %.
     * Chosen on simulator seeds 1–3 from four mixes (these defaults, the simulator's own opening mix, equal
     * weights, and this one): the high tiers put weight where the next hour's liquidations are (within 1 % of
     * the price), the 10× and 25× weight keeps the far levels a stop can sit behind.
     */
    public static LeverageTiers estimated() {
        return new LeverageTiers(new double[] {10, 25, 50, 75, 100, 125}, new double[] {3, 3, 2, 1, 1, 1}, 0.004);
    }

    /** The default tiers with another maintenance margin rate. */
    public static LeverageTiers defaults(double mmr) {
        return new LeverageTiers(new double[] {5, 10, 25, 50, 100}, new double[] {0.10, 0.30, 0.30, 0.20, 0.10},
                mmr);
    }

    public int count() {
        return leverage.length;
    }

    public double leverage(int tier) {
        return leverage[tier];
    }

    /** The tier's share of new open interest (shares sum to 1). */
    public double share(int tier) {
        return share[tier];
    }

    public double mmr() {
        return mmr;
    }

    /** Liquidation price of a long opened at {@code entry} with this tier's leverage. */
    public double longLiquidation(double entry, int tier) {
        return entry * (1 - 1 / leverage[tier] + mmr);
    }

    /** Liquidation price of a short opened at {@code entry} with this tier's leverage. */
    public double shortLiquidation(double entry, int tier) {
        return entry * (1 + 1 / leverage[tier] - mmr);
    }

    /**
     * Distance of a liquidation from its entry, as a fraction of the entry, for this tier's margin 1/L times
     * the {@code point}-th spread quantile exp(spread·z) (z the standard-normal decile 1, 3, 5, 7 or 9), less
     * the maintenance margin, never below {@link #MIN_DISTANCE}.
     */
    public double distance(int tier, double spread, int point) {
        return distance(tier, spread, point, 1);
    }

    /** As {@link #distance(int, double, int)}, with the margin scaled by {@code marginScale}. */
    public double distance(int tier, double spread, int point, double marginScale) {
        return Math.max(MIN_DISTANCE, marginScale * Math.exp(spread * SPREAD_Z[point]) / leverage[tier] - mmr);
    }

    /** The largest distance of any spread point from its entry (the lowest leverage, the widest margin). */
    public double farthestDistance(double spread) {
        double farthest = 0;
        for (int i = 0; i < leverage.length; i++) {
            farthest = Math.max(farthest, distance(i, spread, SPREAD_POINTS - 1));
        }
        return farthest;
    }

    /** The largest distance of a liquidation from its entry, as a fraction of the entry (the lowest leverage). */
    public double farthestDistance() {
        double farthest = 0;
        for (double l : leverage) {
            farthest = Math.max(farthest, 1 / l - mmr);
        }
        return farthest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeverageTiers t && Arrays.equals(leverage, t.leverage) && Arrays.equals(share, t.share)
                && mmr == t.mmr;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(leverage) + Arrays.hashCode(share)) + Double.hashCode(mmr);
    }

    @Override
    public String toString() {
        return "LeverageTiers" + Arrays.toString(leverage) + " shares " + Arrays.toString(share) + " mmr " + mmr;
    }
}
