package cascade.signal;

import cascade.state.SymbolState;

/**
 * Pressure: liquidations that keep feeding a trend. When the imbalance ratio (long-liquidated USD / total)
 * stays above {@code high} in each of the last {@code persistence} windows while the price fell by more
 * than {@code trendThreshold} over the same span, longs keep being flushed into a falling market: the
 * move still has fuel, continuation, score −strength. Ratio below {@code low} in each window with the
 * price up by more than the threshold: shorts keep being squeezed, score +strength.
 * <p>
 * Price change = (last price − close at the span start) / close at the span start, the span being the
 * {@code persistence} windows. Strength = the mean of
 * <ul>
 * <li>persistence: how far the ratio sits beyond the threshold, averaged over the windows,
 * (r − high) / (1 − high) for longs flushed, (low − r) / low for shorts squeezed;</li>
 * <li>trend: |price change| / (2·trendThreshold), capped at 1.</li>
 * </ul>
 * The value is the mean ratio over the windows. Pressure without a matching trend (flat, or against it)
 * scores 0. Any window without liquidations, or no close as old as the span start, gives no reading.
 */
public final class PressureCard implements Card {
    public static final String NAME = "pressure";

    private final double high;
    private final double low;
    private final int persistence;
    private final double trendThreshold;

    public PressureCard(double high, double low, int persistence, double trendThreshold) {
        if (!(high > 0.5 && high < 1) || !(low > 0 && low < 0.5)) {
            throw new IllegalArgumentException("need 0 < low < 0.5 < high < 1");
        }
        if (persistence < 1 || !(trendThreshold > 0)) {
            throw new IllegalArgumentException("persistence >= 1 and trendThreshold > 0 required");
        }
        this.high = high;
        this.low = low;
        this.persistence = persistence;
        this.trendThreshold = trendThreshold;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int lookbackWindows() {
        return persistence;
    }

    @Override
    public void evaluate(SymbolState s, long nowMs, Window w, Reading out) {
        long len = w.lengthMs();
        if (!s.liquidations.covers(nowMs, len * persistence)) {
            out.none("warming up: windows not covered");
            return;
        }
        double start = s.closes.valueAt(nowMs - len * persistence);
        if (!(start > 0) || Double.isNaN(s.lastPrice)) {
            out.none("price history not covered");
            return;
        }
        double sum = 0;
        double beyondHigh = 0;
        double beyondLow = 0;
        boolean allHigh = true;
        boolean allLow = true;
        for (int k = 0; k < persistence; k++) {
            double r = ImbalanceCard.ratio(s, nowMs - k * len, len);
            if (Double.isNaN(r)) {
                out.none("a window has no liquidations");
                return;
            }
            sum += r;
            allHigh &= r > high;
            allLow &= r < low;
            beyondHigh += (r - high) / (1 - high);
            beyondLow += (low - r) / low;
        }
        double change = (s.lastPrice - start) / start;
        double trend = Math.min(1, Math.abs(change) / (2 * trendThreshold));
        double mean = sum / persistence;
        if (allHigh && change < -trendThreshold) {
            double strength = (beyondHigh / persistence + trend) / 2;
            out.set(-strength, strength, 1, mean, "longs flushed into a downtrend");
        } else if (allLow && change > trendThreshold) {
            double strength = (beyondLow / persistence + trend) / 2;
            out.set(strength, strength, 1, mean, "shorts squeezed into an uptrend");
        } else {
            String note = allHigh || allLow ? "imbalance without a matching trend" : "no persistent imbalance";
            out.set(0, 0, 1, mean, note);
        }
    }
}
