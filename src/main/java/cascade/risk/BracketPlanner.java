package cascade.risk;

import cascade.map.LiquidationMap;

/**
 * Places a position's stop and target with the estimated liquidation map, when the profile asks for it
 * ({@code exit.useClusters}). The target moves to the nearest cluster on the far side (a long aims at the
 * short liquidations above: price is drawn to them); the stop moves just beyond the nearest cluster on the
 * near side (a long's stop goes below the long liquidations under it, so a wick that liquidates them and
 * reverts does not take the position with it). A cluster is used only when it lies between half and twice
 * the profile's own distance; otherwise the profile's distance stands.
 */
public final class BracketPlanner {
    /** A cluster bucket must hold at least this share of the side's largest bucket to count. */
    public static final double MIN_SHARE_OF_PEAK = 0.5;
    /** How far beyond the cluster the stop goes, as a fraction of price. */
    public static final double STOP_BEYOND = 0.002;

    private double stop;
    private double target;

    /**
     * @param stopDistance the profile's stop distance (fraction of price)
     * @param targetDistance the profile's target distance
     */
    public void plan(LiquidationMap map, double price, int direction, double stopDistance, double targetDistance) {
        stop = stopDistance;
        target = targetDistance;
        if (map == null || map.isEmpty() || !(price > 0)) {
            return;
        }
        double above = map.nearestClusterAbove(price, MIN_SHARE_OF_PEAK);
        double below = map.nearestClusterBelow(price, MIN_SHARE_OF_PEAK);
        double targetCluster = direction > 0 ? above : below;
        double stopCluster = direction > 0 ? below : above;
        if (!Double.isNaN(targetCluster)) {
            target = within(Math.abs(targetCluster - price) / price, targetDistance, target);
        }
        if (!Double.isNaN(stopCluster)) {
            stop = within(Math.abs(stopCluster - price) / price + STOP_BEYOND, stopDistance, stop);
        }
    }

    /** Stop distance of the last plan, a fraction of price. */
    public double stop() {
        return stop;
    }

    /** Target distance of the last plan, a fraction of price. */
    public double target() {
        return target;
    }

    private static double within(double candidate, double reference, double fallback) {
        return candidate >= reference / 2 && candidate <= reference * 2 ? candidate : fallback;
    }
}
