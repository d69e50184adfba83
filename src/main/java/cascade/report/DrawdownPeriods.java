package cascade.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The drawdown periods of an equity curve: each runs from a peak to the first sample back at or above that
 * peak (or to the end, not recovered), with its deepest point. Sorted deepest first.
 */
public final class DrawdownPeriods {
    /**
     * @param peakMs the peak's time (the drawdown starts after it)
     * @param troughMs the lowest sample's time
     * @param endMs the recovery time, or the last sample's time when {@code recovered} is false
     * @param depth (peak − trough) / peak
     */
    public record Drawdown(long peakMs, long troughMs, long endMs, boolean recovered, double depth) {
        public long lengthMs() {
            return endMs - peakMs;
        }
    }

    private DrawdownPeriods() {
    }

    /** Every drawdown deeper than zero, deepest first (ties: earliest first). */
    public static List<Drawdown> of(Series equity) {
        List<Drawdown> out = new ArrayList<>();
        int n = equity.size();
        int peak = 0;
        int trough = -1;
        for (int i = 1; i < n; i++) {
            double v = equity.value(i);
            if (v >= equity.value(peak)) {
                if (trough >= 0) {
                    out.add(new Drawdown(equity.time(peak), equity.time(trough), equity.time(i), true,
                            depth(equity, peak, trough)));
                    trough = -1;
                }
                peak = i;
            } else if (trough < 0 || v < equity.value(trough)) {
                trough = i;
            }
        }
        if (trough >= 0) {
            out.add(new Drawdown(equity.time(peak), equity.time(trough), equity.time(n - 1), false,
                    depth(equity, peak, trough)));
        }
        out.sort(Comparator.comparingDouble(Drawdown::depth).reversed().thenComparingLong(Drawdown::peakMs));
        return out;
    }

    private static double depth(Series equity, int peak, int trough) {
        return (equity.value(peak) - equity.value(trough)) / equity.value(peak);
    }
}
