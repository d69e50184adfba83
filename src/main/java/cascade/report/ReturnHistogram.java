package cascade.report;

import cascade.model.Trade;
import java.util.List;

/**
 * Trade net returns (net PnL / |qty × entry price|, in %) counted in equal bins from the lowest to the highest
 * return; the highest falls in the last bin. All in one bin when every return is the same.
 */
final class ReturnHistogram {
    static final int DEFAULT_BINS = 20;

    private ReturnHistogram() {
    }

    static double returnPercent(Trade t) {
        return 100 * t.netPnlUsd() / Math.abs(t.qty() * t.entryPrice());
    }

    /** bins + 1 edges, or none without trades. */
    static double[] edges(List<Trade> trades, int bins) {
        if (trades.isEmpty()) {
            return new double[0];
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Trade t : trades) {
            lo = Math.min(lo, returnPercent(t));
            hi = Math.max(hi, returnPercent(t));
        }
        int n = hi > lo ? bins : 1;
        double[] edges = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            edges[i] = i == n ? hi : lo + (hi - lo) * i / n;
        }
        return edges;
    }

    static int[] counts(List<Trade> trades, int bins) {
        double[] edges = edges(trades, bins);
        if (edges.length == 0) {
            return new int[0];
        }
        int n = edges.length - 1;
        int[] counts = new int[n];
        double lo = edges[0];
        double width = edges[n] - lo;
        for (Trade t : trades) {
            int bin = width > 0 ? (int) Math.floor((returnPercent(t) - lo) / width * n) : 0;
            counts[Math.min(n - 1, Math.max(0, bin))]++;
        }
        return counts;
    }
}
