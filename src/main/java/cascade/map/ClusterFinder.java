package cascade.map;

import java.util.Arrays;

/** Reads clusters off a {@link PriceLadder}: the nearest significant level on each side, the largest buckets. */
final class ClusterFinder {
    private ClusterFinder() {
    }

    /** Centre of the nearest bucket above the price holding at least the share of the largest short level above. */
    static double nearestAbove(PriceLadder ladder, double price, double minShareOfPeak) {
        checkShare(minShareOfPeak);
        long from = Math.max(ladder.index(price) + 1, ladder.lowIndex());
        double peak = 0;
        for (long k = from; k <= ladder.highIndex(); k++) {
            peak = Math.max(peak, ladder.shortAt(k));
        }
        for (long k = from; peak > 0 && k <= ladder.highIndex(); k++) {
            if (ladder.shortAt(k) >= minShareOfPeak * peak) {
                return ladder.center(k);
            }
        }
        return Double.NaN;
    }

    /** Centre of the nearest bucket below the price holding at least the share of the largest long level below. */
    static double nearestBelow(PriceLadder ladder, double price, double minShareOfPeak) {
        checkShare(minShareOfPeak);
        long from = Math.min(ladder.index(price) - 1, ladder.highIndex());
        double peak = 0;
        for (long k = from; k >= ladder.lowIndex(); k--) {
            peak = Math.max(peak, ladder.longAt(k));
        }
        for (long k = from; peak > 0 && k >= ladder.lowIndex(); k--) {
            if (ladder.longAt(k) >= minShareOfPeak * peak) {
                return ladder.center(k);
            }
        }
        return Double.NaN;
    }

    /** The {@code count} largest buckets (ties: the lower price first), touching ones merged, ascending. */
    static ClusterRanges top(PriceLadder ladder, int count) {
        return top(ladder, count, Double.NaN, Double.POSITIVE_INFINITY);
    }

    /** As {@link #top(PriceLadder, int)}, among the buckets whose centre lies within ±distance·price. */
    static ClusterRanges top(PriceLadder ladder, int count, double price, double distance) {
        if (count < 1) {
            throw new IllegalArgumentException("cluster count must be at least 1, was " + count);
        }
        if (!ladder.isPlaced()) {
            return new ClusterRanges(new double[0], new double[0], new double[0]);
        }
        long[] chosen = largestBuckets(ladder, count, price, distance);
        double[] lows = new double[chosen.length];
        double[] highs = new double[chosen.length];
        double[] usd = new double[chosen.length];
        int ranges = 0;
        double half = ladder.width() / 2;
        for (int i = 0; i < chosen.length; i++) {
            long k = chosen[i];
            if (i == 0 || k != chosen[i - 1] + 1) {
                lows[ranges++] = ladder.center(k) - half;
            }
            highs[ranges - 1] = ladder.center(k) + half;
            usd[ranges - 1] += ladder.longAt(k) + ladder.shortAt(k);
        }
        return new ClusterRanges(Arrays.copyOf(lows, ranges), Arrays.copyOf(highs, ranges),
                Arrays.copyOf(usd, ranges));
    }

    private static long[] largestBuckets(PriceLadder ladder, int count, double price, double distance) {
        long low = ladder.lowIndex();
        double[] left = new double[(int) (ladder.highIndex() - low + 1)];
        for (int i = 0; i < left.length; i++) {
            boolean near = Double.isNaN(price) || Math.abs(ladder.center(low + i) - price) <= distance * price;
            left[i] = near ? ladder.longAt(low + i) + ladder.shortAt(low + i) : 0;
        }
        long[] chosen = new long[count];
        int found = 0;
        while (found < count) {
            int best = -1;
            for (int i = 0; i < left.length; i++) {
                if (left[i] > 0 && (best < 0 || left[i] > left[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            chosen[found++] = low + best;
            left[best] = 0;
        }
        long[] result = Arrays.copyOf(chosen, found);
        Arrays.sort(result);
        return result;
    }

    private static void checkShare(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("minimum share of the peak must be in (0, 1], was " + share);
        }
    }
}
