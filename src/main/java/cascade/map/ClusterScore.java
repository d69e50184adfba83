package cascade.map;

/**
 * Scores predicted liquidation clusters against liquidations that really happened (the simulator's true
 * liquidation prices, or recorded forced orders over the following hour): which share of the liquidated
 * USD fell inside the predicted price ranges. A prediction covering every price scores 1 trivially, so
 * read it next to {@link #widthFraction}, the share of the price the ranges cover.
 */
public final class ClusterScore {
    private ClusterScore() {
    }

    /**
     * Share of {@code liquidationUsd} whose {@code liquidationPrices} lie inside any range
     * {@code [predictedClusterLows[i], predictedClusterHighs[i]]} (both ends included); NaN when nothing
     * was liquidated.
     */
    public static double fractionInside(double[] predictedClusterLows, double[] predictedClusterHighs,
            double[] liquidationPrices, double[] liquidationUsd) {
        checkRanges(predictedClusterLows, predictedClusterHighs);
        if (liquidationPrices.length != liquidationUsd.length) {
            throw new IllegalArgumentException("one USD amount per liquidation price required");
        }
        double total = 0;
        double inside = 0;
        for (int i = 0; i < liquidationPrices.length; i++) {
            double usd = liquidationUsd[i];
            if (!(usd >= 0 && usd < Double.POSITIVE_INFINITY) || !Double.isFinite(liquidationPrices[i])) {
                throw new IllegalArgumentException("liquidation " + i + " is not a finite price with USD >= 0");
            }
            total += usd;
            if (inAny(predictedClusterLows, predictedClusterHighs, liquidationPrices[i])) {
                inside += usd;
            }
        }
        return total > 0 ? inside / total : Double.NaN;
    }

    /** {@link #fractionInside} for the ranges of {@link LiquidationMap#topClusters}. */
    public static double fractionInside(ClusterRanges predicted, double[] liquidationPrices, double[] liquidationUsd) {
        return fractionInside(predicted.lows(), predicted.highs(), liquidationPrices, liquidationUsd);
    }

    /** Total width of the union of the ranges as a fraction of {@code price}: the share of prices they bet on. */
    public static double widthFraction(double[] lows, double[] highs, double price) {
        checkRanges(lows, highs);
        int[] order = java.util.stream.IntStream.range(0, lows.length).boxed()
                .sorted((a, b) -> Double.compare(lows[a], lows[b])).mapToInt(Integer::intValue).toArray();
        double covered = 0;
        double reached = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            double from = Math.max(lows[i], reached);
            if (highs[i] > from) {
                covered += highs[i] - from;
                reached = highs[i];
            }
        }
        return covered / price;
    }

    private static boolean inAny(double[] lows, double[] highs, double price) {
        for (int j = 0; j < lows.length; j++) {
            if (price >= lows[j] && price <= highs[j]) {
                return true;
            }
        }
        return false;
    }

    private static void checkRanges(double[] lows, double[] highs) {
        if (lows.length != highs.length) {
            throw new IllegalArgumentException("one high per predicted cluster low required");
        }
        for (int j = 0; j < lows.length; j++) {
            if (!(lows[j] <= highs[j]) || !Double.isFinite(lows[j]) || !Double.isFinite(highs[j])) {
                throw new IllegalArgumentException("cluster " + j + " must be a finite range with low <= high");
            }
        }
    }
}
