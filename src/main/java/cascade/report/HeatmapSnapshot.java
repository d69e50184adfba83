package cascade.report;

/**
 * One column of a liquidation heatmap: a symbol's estimated liquidation USD at one moment, in equal price
 * rows over {@code [fromPrice, toPrice)} (row 0 lowest), and the price then.
 */
public record HeatmapSnapshot(long timeMs, double price, double fromPrice, double toPrice, double[] longUsd,
        double[] shortUsd) {
    public HeatmapSnapshot {
        if (longUsd.length != shortUsd.length || !(toPrice > fromPrice)) {
            throw new IllegalArgumentException("need equal long and short rows over a price range from < to");
        }
    }

    public int rows() {
        return longUsd.length;
    }

    /** Lowest price of row {@code r}. */
    public double rowLow(int r) {
        return fromPrice + r * (toPrice - fromPrice) / rows();
    }

    /** Long plus short liquidation USD in row {@code r}. */
    public double usd(int r) {
        return longUsd[r] + shortUsd[r];
    }
}
