package cascade.sim;

import java.util.Arrays;

/**
 * A predicted set of price ranges where liquidations should cluster (a liquidation map's hot zones):
 * disjoint half-open ranges [low, high) in instrument units, sorted, adjacent ones merged.
 */
public final class PriceClusters {
    private final long[] lows;
    private final long[] highs;

    private PriceClusters(long[] lows, long[] highs) {
        this.lows = lows;
        this.highs = highs;
    }

    /**
     * Builds clusters from (low, high) pairs: {@code of(100, 110, 120, 125)} is [100, 110) ∪ [120, 125).
     * Overlapping or touching ranges are merged.
     *
     * @throws IllegalArgumentException when the pairs are odd in number or a range is empty
     */
    public static PriceClusters of(long... lowHighPairs) {
        if (lowHighPairs.length % 2 != 0) {
            throw new IllegalArgumentException("clusters need (low, high) pairs, got " + lowHighPairs.length + " values");
        }
        int n = lowHighPairs.length / 2;
        long[][] ranges = new long[n][];
        for (int i = 0; i < n; i++) {
            long lo = lowHighPairs[2 * i];
            long hi = lowHighPairs[2 * i + 1];
            if (hi <= lo) {
                throw new IllegalArgumentException("empty cluster [" + lo + ", " + hi + ")");
            }
            ranges[i] = new long[] {lo, hi};
        }
        Arrays.sort(ranges, (a, b) -> Long.compare(a[0], b[0]));
        long[] lows = new long[n];
        long[] highs = new long[n];
        int size = 0;
        for (long[] r : ranges) {
            if (size > 0 && r[0] <= highs[size - 1]) {
                highs[size - 1] = Math.max(highs[size - 1], r[1]);
            } else {
                lows[size] = r[0];
                highs[size] = r[1];
                size++;
            }
        }
        return new PriceClusters(Arrays.copyOf(lows, size), Arrays.copyOf(highs, size));
    }

    public boolean contains(long price) {
        int i = Arrays.binarySearch(lows, price);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 && price < highs[at];
    }

    /** Number of disjoint ranges after merging. */
    public int size() {
        return lows.length;
    }

    public long low(int i) {
        return lows[i];
    }

    public long high(int i) {
        return highs[i];
    }

    /** Total width covered, instrument price units. */
    public long width() {
        long w = 0;
        for (int i = 0; i < lows.length; i++) {
            w += highs[i] - lows[i];
        }
        return w;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PriceClusters");
        for (int i = 0; i < lows.length; i++) {
            sb.append(" [").append(lows[i]).append(", ").append(highs[i]).append(')');
        }
        return sb.toString();
    }
}
