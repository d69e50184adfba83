package cascade.sim;

import java.util.Arrays;

/**
 * Liquidation USD by price bucket and side over [lowPrice, highPrice): the true liquidation map of one
 * symbol at one moment. Bucket i covers [edge(i), edge(i + 1)), edges evenly spaced in price units.
 */
public final class LiquidationHistogram {
    private final long[] edges;
    private final double[] longUsd;
    private final double[] shortUsd;

    /**
     * @throws IllegalArgumentException when there are no buckets or more buckets than price units in the range
     */
    public LiquidationHistogram(long lowPrice, long highPrice, int buckets) {
        if (buckets < 1 || highPrice - lowPrice < buckets) {
            throw new IllegalArgumentException("need 1 ≤ buckets ≤ highPrice − lowPrice, had " + buckets
                    + " buckets over [" + lowPrice + ", " + highPrice + ")");
        }
        edges = new long[buckets + 1];
        for (int i = 0; i <= buckets; i++) {
            edges[i] = lowPrice + Math.round((highPrice - lowPrice) * (double) i / buckets);
        }
        longUsd = new double[buckets];
        shortUsd = new double[buckets];
    }

    /** Adds a position's liquidation USD at its liquidation price; ignored outside the range. */
    public void add(boolean isLong, long liquidationPrice, double usd) {
        int b = bucketOf(liquidationPrice);
        if (b < 0) {
            return;
        }
        if (isLong) {
            longUsd[b] += usd;
        } else {
            shortUsd[b] += usd;
        }
    }

    /** @return the bucket holding {@code price}, or -1 outside [lowPrice, highPrice) */
    public int bucketOf(long price) {
        if (price < edges[0] || price >= edges[edges.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(edges, price);
        return i >= 0 ? i : -i - 2;
    }

    public int buckets() {
        return longUsd.length;
    }

    public long bucketLow(int i) {
        return edges[i];
    }

    public long bucketHigh(int i) {
        return edges[i + 1];
    }

    public double longUsd(int i) {
        return longUsd[i];
    }

    public double shortUsd(int i) {
        return shortUsd[i];
    }

    public double totalUsd(int i) {
        return longUsd[i] + shortUsd[i];
    }

    /** The {@code k} buckets with the most liquidation USD (ties: lower price first), as clusters. */
    public PriceClusters topClusters(int k) {
        Integer[] idx = new Integer[buckets()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> totalUsd(a) != totalUsd(b) ? Double.compare(totalUsd(b), totalUsd(a))
                : Integer.compare(a, b));
        int n = Math.min(k, idx.length);
        long[] pairs = new long[2 * n];
        for (int i = 0; i < n; i++) {
            pairs[2 * i] = bucketLow(idx[i]);
            pairs[2 * i + 1] = bucketHigh(idx[i]);
        }
        return PriceClusters.of(pairs);
    }
}
