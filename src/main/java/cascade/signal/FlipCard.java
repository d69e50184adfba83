package cascade.signal;

import cascade.state.SymbolState;

/**
 * Flip and transitions of the liquidation imbalance: who the market punishes, and whether that changed.
 * Reads the imbalance ratio r (long-liquidated USD / total, 0.5 balanced) of the current window and of the
 * {@code lookback} windows of the same length before it. A ratio above {@code high} means longs are being
 * flushed (bearish pressure), below {@code low} shorts are squeezed (bullish); within
 * {@code 0.5 ± band} it is neutral. Extremeness e(r) = |2r − 1|. The states, first match wins:
 * <ol>
 * <li><b>flip</b>: the current ratio is at one extreme and an earlier window at the other. The market
 * changed whom it punishes; score in the direction of the new regime (longs then shorts liquidated: shorts
 * are now squeezed, +). Strength = the swing |r<sub>now</sub> − r<sub>then</sub>| to the farthest opposite
 * window.</li>
 * <li><b>turn</b>: every earlier window neutral, the current one extreme: a new pressure; score in its
 * direction (longs liquidated −, shorts +). Strength = e(r<sub>now</sub>).</li>
 * <li><b>return to neutral</b>: the current window neutral after an extreme one: the pressure is exhausted.
 * Score 0 (an exit warning, not an entry); strength = e of the most extreme earlier window.</li>
 * <li><b>deceleration</b>: every window, the current one included, on the same side beyond the band, with e
 * shrinking strictly from each window to the next over the whole lookback. Score 0 (an exit warning);
 * strength = the share of extremeness lost, (e<sub>oldest</sub> − e<sub>now</sub>) / e<sub>oldest</sub>.</li>
 * </ol>
 * Otherwise "no transition" (score 0, confidence 1). The value is the {@link FlipState#code}, so the
 * decision layer can use {@link #decelerating} and {@link #exitWarning} without reading notes.
 * <p>
 * <b>Empty windows break the pattern.</b> A window without liquidations has no ratio, and the history
 * ends there: only the unbroken run of windows back from the current one is read (a flip across a quiet
 * window is not a flip). No liquidations in the current window, or in the one just before it, gives no
 * reading; a deceleration needs the whole lookback unbroken.
 */
public final class FlipCard implements Card {
    public static final String NAME = "flip";

    private final double high;
    private final double low;
    private final double band;
    private final int lookback;
    /** ratios[k]: the ratio of the window k windows before the current one. */
    private final double[] ratios;

    public FlipCard(double high, double low, double band, int lookback) {
        if (!(high > 0.5 && high < 1) || !(low > 0 && low < 0.5)) {
            throw new IllegalArgumentException("need 0 < low < 0.5 < high < 1");
        }
        if (!(band > 0 && 0.5 + band < high && 0.5 - band > low)) {
            throw new IllegalArgumentException("the neutral band 0.5 ± band must lie inside (low, high)");
        }
        if (lookback < 1) {
            throw new IllegalArgumentException("lookback must be at least 1 window");
        }
        this.high = high;
        this.low = low;
        this.band = band;
        this.lookback = lookback;
        this.ratios = new double[lookback + 1];
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int lookbackWindows() {
        return lookback + 1;
    }

    /** True when a flip card's reading reports a deceleration (either side). */
    public static boolean decelerating(Reading flipReading) {
        return Math.abs(FlipState.of(flipReading).code) == 4;
    }

    /** True when a flip card's reading warns that the pressure in its direction is running out. */
    public static boolean exitWarning(Reading flipReading) {
        return FlipState.of(flipReading).isExitWarning();
    }

    @Override
    public void evaluate(SymbolState s, long nowMs, Window w, Reading out) {
        long len = w.lengthMs();
        if (!s.liquidations.covers(nowMs, len * (lookback + 1))) {
            out.none("warming up: lookback not covered");
            return;
        }
        int count = 0;
        while (count <= lookback) {
            double r = ImbalanceCard.ratio(s, nowMs - count * len, len);
            if (Double.isNaN(r)) {
                break;
            }
            ratios[count++] = r;
        }
        if (count < 2) {
            out.none(count == 0 ? "no liquidations" : "no liquidations in the previous window");
            return;
        }
        FlipState state = classify(ratios, count);
        double strength = strength(state, count);
        double score = state.isEntrySignal() ? state.direction() * strength : 0;
        out.set(score, strength, 1, state.code, state.note);
    }

    /**
     * Classifies an unbroken run of ratios, {@code ratios[0]} the current window and {@code ratios[k]} k
     * windows earlier; {@code count} of them are read ({@link FlipState#STEADY} below 2).
     */
    public FlipState classify(double[] ratios, int count) {
        if (count < 2) {
            return FlipState.STEADY;
        }
        double now = ratios[0];
        int pressure = pressure(now);
        boolean opposite = false;
        boolean allNeutral = true;
        boolean shrinking = !neutral(now);
        int peak = 1;
        for (int k = 1; k < count; k++) {
            double r = ratios[k];
            opposite |= pressure != 0 && pressure(r) == -pressure;
            allNeutral &= neutral(r);
            shrinking &= !neutral(r) && (r > 0.5) == (now > 0.5) && extremeness(r) > extremeness(ratios[k - 1]);
            if (extremeness(r) > extremeness(ratios[peak])) {
                peak = k;
            }
        }
        if (opposite) {
            return pressure > 0 ? FlipState.FLIP_UP : FlipState.FLIP_DOWN;
        }
        if (pressure != 0 && allNeutral) {
            return pressure > 0 ? FlipState.TURN_UP : FlipState.TURN_DOWN;
        }
        if (neutral(now) && pressure(ratios[peak]) != 0) {
            return pressure(ratios[peak]) > 0 ? FlipState.RETURN_FROM_UP : FlipState.RETURN_FROM_DOWN;
        }
        if (shrinking && count == lookback + 1) {
            return now > 0.5 ? FlipState.DECEL_DOWN : FlipState.DECEL_UP;
        }
        return FlipState.STEADY;
    }

    private double strength(FlipState state, int count) {
        double now = ratios[0];
        double best = 0;
        switch (Math.abs(state.code)) {
            case 1 -> {
                for (int k = 1; k < count; k++) {
                    if (pressure(ratios[k]) == -pressure(now)) {
                        best = Math.max(best, Math.abs(now - ratios[k]));
                    }
                }
            }
            case 2 -> best = extremeness(now);
            case 3 -> {
                for (int k = 1; k < count; k++) {
                    best = Math.max(best, extremeness(ratios[k]));
                }
            }
            case 4 -> best = (extremeness(ratios[count - 1]) - extremeness(now)) / extremeness(ratios[count - 1]);
            default -> best = 0;
        }
        return best;
    }

    /** −1 when longs are flushed (bearish), +1 when shorts are squeezed (bullish), else 0. */
    private int pressure(double ratio) {
        return ratio > high ? -1 : (ratio < low ? 1 : 0);
    }

    private boolean neutral(double ratio) {
        return Math.abs(ratio - 0.5) <= band;
    }

    private static double extremeness(double ratio) {
        return Math.abs(2 * ratio - 1);
    }
}
