package cascade.map;

/**
 * The liquidation USD near a price, as {@link LiquidationMap#nearby} fills it: the short liquidations above
 * (fuel for a squeeze up) and the long liquidations below (fuel for a flush down), raw and weighted by
 * closeness. Mutable and reused.
 */
public final class NearbyLiquidations {
    /** Short-liquidation USD above the price within the distance. */
    public double shortAbove;
    /** Long-liquidation USD below the price within the distance. */
    public double longBelow;
    /** {@link #shortAbove} with each bucket weighted by 1 − d/distance. */
    public double shortPull;
    /** {@link #longBelow} with each bucket weighted by 1 − d/distance. */
    public double longPull;

    void clear() {
        shortAbove = 0;
        longBelow = 0;
        shortPull = 0;
        longPull = 0;
    }

    /** One bucket at signed distance {@code d} (fraction of the price, + above) from the price. */
    void add(double d, double distance, double shortUsd, double longUsd) {
        if (d > 0 && d <= distance) {
            shortAbove += shortUsd;
            shortPull += shortUsd * (1 - d / distance);
        } else if (d < 0 && -d <= distance) {
            longBelow += longUsd;
            longPull += longUsd * (1 + d / distance);
        }
    }
}
