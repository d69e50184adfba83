package cascade.sim;

import cascade.market.Side;
import java.util.SplittableRandom;

/**
 * Where a new position is liquidated. Isolated margin: a long is liquidated at
 * {@code entry × (1 − (margin − maintenanceMargin))}, a short at {@code entry × (1 + …)}. The margin rate is
 * 1/leverage, scaled by the volatility regime to the power {@code volAdaptation} (traders lever up in calm
 * markets) and spread log-normally (cross-margin wallets, top-ups), never closer than {@link #MIN_DISTANCE}
 * to the entry: liquidation distances form a continuum rather than one line per leverage.
 */
final class MarginRule {
    /** Smallest distance between entry and liquidation price, as a fraction of the entry. */
    static final double MIN_DISTANCE = 0.0005;

    private final double maintenanceMargin;
    private final double spread;
    private final double volAdaptation;

    MarginRule(double maintenanceMargin, double spread, double volAdaptation) {
        this.maintenanceMargin = maintenanceMargin;
        this.spread = spread;
        this.volAdaptation = volAdaptation;
    }

    /** The margin scale for the current volatility regime (1 = normal). */
    double regimeScale(double volMultiplier) {
        return Math.pow(volMultiplier, volAdaptation);
    }

    /** The margin rate of a new position of the given leverage; the log-normal spread keeps its mean. */
    double marginRate(SplittableRandom rng, int leverage, double regimeScale) {
        double noise = spread * rng.nextGaussian() - spread * spread / 2;
        return Math.max(maintenanceMargin + MIN_DISTANCE, regimeScale * Math.exp(noise) / leverage);
    }

    /**
     * The liquidation price for a margin rate, the distance rounded to the nearest price unit and at least
     * one unit.
     */
    long liquidationPrice(Side side, long entry, double marginRate) {
        long distance = Math.max(1, Math.round(entry * (marginRate - maintenanceMargin)));
        return side == Side.BUY ? Math.max(0, entry - distance) : entry + distance;
    }
}
