package cascade.sim;

import java.util.Arrays;

/** Plain descriptive statistics on double arrays, for calibration reports (not on the hot path). */
public final class Stats {
    private Stats() {
    }

    /**
     * Percentile by linear interpolation between closest ranks (numpy's default): position (n − 1) × p in
     * the sorted values.
     *
     * @param p in [0, 1]
     */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double pos = (sorted.length - 1) * p;
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    public static double median(double[] values) {
        return percentile(values, 0.5);
    }

    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    public static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** Share of values strictly above {@code threshold}. */
    public static double shareAbove(double[] values, double threshold) {
        return values.length == 0 ? Double.NaN
                : Arrays.stream(values).filter(v -> v > threshold).count() / (double) values.length;
    }

    /** Share of values strictly below {@code threshold}. */
    public static double shareBelow(double[] values, double threshold) {
        return values.length == 0 ? Double.NaN
                : Arrays.stream(values).filter(v -> v < threshold).count() / (double) values.length;
    }

    /** Pearson correlation of two equally long series; NaN when either is constant. */
    public static double correlation(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series differ in length: " + x.length + " vs " + y.length);
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
