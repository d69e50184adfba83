package cascade.sim;

/**
 * How well predicted liquidation clusters matched what was liquidated: the share of liquidated USD whose
 * liquidation price fell inside the clusters.
 *
 * @param insideUsd liquidated USD inside the predicted clusters
 * @param totalUsd all liquidated USD of the instrument in the horizon
 * @param liquidations number of liquidations in the horizon
 * @param liquidationsInside how many of them fell inside
 */
public record ClusterScore(double insideUsd, double totalUsd, int liquidations, int liquidationsInside) {

    /** Share of liquidated USD inside the clusters, in [0, 1]; NaN when nothing was liquidated. */
    public double fraction() {
        return totalUsd > 0 ? insideUsd / totalUsd : Double.NaN;
    }
}
