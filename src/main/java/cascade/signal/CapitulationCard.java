package cascade.signal;

import cascade.state.SymbolState;
import java.util.Arrays;

/**
 * Capitulation: one side is being flushed. When the imbalance ratio is above {@code high} (longs
 * flushed) or below {@code low} (shorts flushed) and the window's total liquidated USD is at least
 * {@code volumeMultiple} times the median total of the {@code baselineWindows} windows before it, the
 * over-leveraged side is gone and a reversal is likely: contrarian score +1 after a long flush, −1 after
 * a short flush. Strength grows with the volume multiple (full at twice the threshold). The value is the
 * volume multiple. Until the baseline is covered by data the card gives no reading.
 */
public final class CapitulationCard implements Card {
    public static final String NAME = "capitulation";

    private final double high;
    private final double low;
    private final double volumeMultiple;
    private final int baselineWindows;
    private final double[] scratch;

    public CapitulationCard(double high, double low, double volumeMultiple, int baselineWindows) {
        if (!(high > 0.5 && high < 1) || !(low > 0 && low < 0.5)) {
            throw new IllegalArgumentException("need 0 < low < 0.5 < high < 1");
        }
        if (volumeMultiple <= 0 || baselineWindows < 1) {
            throw new IllegalArgumentException("volumeMultiple > 0 and baselineWindows >= 1 required");
        }
        this.high = high;
        this.low = low;
        this.volumeMultiple = volumeMultiple;
        this.baselineWindows = baselineWindows;
        this.scratch = new double[baselineWindows];
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Windows of history the card needs before the current one. */
    public int baselineWindows() {
        return baselineWindows;
    }

    @Override
    public int lookbackWindows() {
        return baselineWindows + 1;
    }

    @Override
    public void evaluate(SymbolState s, long nowMs, Window w, Reading out) {
        long len = w.lengthMs();
        if (!s.liquidations.covers(nowMs, len * (baselineWindows + 1))) {
            out.none("warming up: baseline not covered");
            return;
        }
        double longUsd = s.liquidations.longUsd(nowMs, len);
        double total = longUsd + s.liquidations.shortUsd(nowMs, len);
        if (total <= 0) {
            out.none("no liquidations");
            return;
        }
        double median = baselineMedian(s, nowMs, len);
        double multiple = total / Math.max(median, 1.0);
        double ratio = longUsd / total;
        boolean heavy = multiple >= volumeMultiple;
        double strength = Math.min(1, multiple / (2 * volumeMultiple));
        if (heavy && ratio > high) {
            out.set(+1, strength, 1, multiple, "longs flushed");
        } else if (heavy && ratio < low) {
            out.set(-1, strength, 1, multiple, "shorts flushed");
        } else {
            out.set(0, 0, 1, multiple, heavy ? "heavy but balanced" : "volume below baseline");
        }
    }

    private double baselineMedian(SymbolState s, long nowMs, long len) {
        for (int i = 0; i < baselineWindows; i++) {
            long end = nowMs - (i + 1) * len;
            scratch[i] = s.liquidations.longUsd(end, len) + s.liquidations.shortUsd(end, len);
        }
        Arrays.sort(scratch);
        int mid = baselineWindows / 2;
        return baselineWindows % 2 == 1 ? scratch[mid] : (scratch[mid - 1] + scratch[mid]) / 2;
    }
}
