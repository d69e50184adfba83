package cascade.report;

/**
 * The return and risk formulas behind {@link CurveMetrics}, on plain arrays so each can be checked by hand.
 * A figure that is undefined (too few samples, a zero denominator) is {@code NaN}, never a guess.
 */
final class ReturnStatistics {
    /** A 365-day year in milliseconds: the unit of annualised returns. */
    static final double MS_PER_YEAR = 365d * 24 * 60 * 60 * 1000;

    /** 30 days: shorter curves get no annualised return (nor Calmar, which divides it). */
    static final long MIN_ANNUALISED_MS = 30L * 24 * 60 * 60 * 1000;

    private ReturnStatistics() {
    }

    /**
     * Simple per-period returns {@code r_i = v_i / v_(i-1) − 1} for i = 1 … n−1. A step from a non-positive
     * value counts as 0: an account with nothing left has nothing to grow.
     */
    static double[] periodReturns(double[] values) {
        double[] returns = new double[Math.max(0, values.length - 1)];
        for (int i = 1; i < values.length; i++) {
            returns[i - 1] = values[i - 1] > 0 ? values[i] / values[i - 1] - 1 : 0;
        }
        return returns;
    }

    /** {@code last / first − 1}; NaN without a positive first value. */
    static double totalReturn(double first, double last) {
        return first > 0 ? last / first - 1 : Double.NaN;
    }

    /**
     * Compound annual growth rate: {@code (1 + totalReturn)^(MS_PER_YEAR / elapsedMs) − 1}. NaN (shown n/a) on
     * runs shorter than {@link #MIN_ANNUALISED_MS}: a day's return raised to the 365th power is no forecast;
     * −1 when everything was lost.
     */
    static double annualised(double totalReturn, long elapsedMs) {
        if (elapsedMs < MIN_ANNUALISED_MS || Double.isNaN(totalReturn)) {
            return Double.NaN;
        }
        double growth = 1 + totalReturn;
        return growth <= 0 ? -1 : Math.pow(growth, MS_PER_YEAR / elapsedMs) - 1;
    }

    /**
     * {@code mean(r) / sampleStdDev(r) × sqrt(periodsPerYear)}, risk-free rate 0; the standard deviation
     * divides by n−1. NaN with fewer than 2 returns or no variation.
     */
    static double sharpe(double[] returns, double periodsPerYear) {
        int n = returns.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = mean(returns);
        double squares = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
        }
        double stdDev = Math.sqrt(squares / (n - 1));
        return stdDev > 0 ? mean / stdDev * Math.sqrt(periodsPerYear) : Double.NaN;
    }

    /**
     * {@code mean(r) / downsideDeviation × sqrt(periodsPerYear)} with
     * {@code downsideDeviation = sqrt(Σ min(r_i, 0)² / n)} over ALL n periods (not only the losing ones).
     * NaN without returns or without any losing period.
     */
    static double sortino(double[] returns, double periodsPerYear) {
        int n = returns.length;
        if (n == 0) {
            return Double.NaN;
        }
        double squares = 0;
        for (double r : returns) {
            double downside = Math.min(r, 0);
            squares += downside * downside;
        }
        double downsideDeviation = Math.sqrt(squares / n);
        return downsideDeviation > 0 ? mean(returns) / downsideDeviation * Math.sqrt(periodsPerYear) : Double.NaN;
    }

    /**
     * Drawdown at each sample as a fraction of the running peak: {@code (peak_i − v_i) / peak_i}, 0 at a new
     * high. Samples before the first positive peak have drawdown 0.
     */
    static double[] drawdowns(double[] values) {
        double[] drawdowns = new double[values.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            peak = Math.max(peak, values[i]);
            drawdowns[i] = peak > 0 ? (peak - values[i]) / peak : 0;
        }
        return drawdowns;
    }

    /** The largest peak-to-trough fall as a fraction of the peak ({@code max_i drawdown_i}); NaN when empty. */
    static double maxDrawdown(double[] values) {
        double max = values.length == 0 ? Double.NaN : 0;
        for (double drawdown : drawdowns(values)) {
            max = Math.max(max, drawdown);
        }
        return max;
    }

    /** Annualised return / max drawdown; NaN without a drawdown. */
    static double calmar(double annualisedReturn, double maxDrawdown) {
        return maxDrawdown > 0 ? annualisedReturn / maxDrawdown : Double.NaN;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
