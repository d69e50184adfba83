package cascade.signal;

import cascade.state.SampleHistory;
import cascade.state.SymbolState;

/**
 * Open-interest change: tells a genuine flush from isolated liquidations. When one side dominates the
 * window's liquidations (imbalance ratio above {@code high}: longs flushed; below {@code low}: shorts
 * flushed) and open interest fell sharply, positions really were closed out and the reversal is more
 * likely; if OI stayed flat (or rose) the liquidations were isolated and say little.
 * <p>
 * OI change = oi(now) / oi(now − window) − 1 (OI is in the source's own unit, so only relative change is
 * used). "Sharply" is measured against the symbol's own history, so one threshold serves every symbol and
 * window length: {@code dropZ} = −change / typical, where typical is the root mean square of the OI changes
 * over the {@code baselineWindows} windows before the current one. A flush is confirmed when
 * {@code dropZ ≥ flushZ}.
 * <ul>
 * <li>confirmed flush: contrarian score +1 after longs were flushed, −1 after shorts were flushed</li>
 * <li>extreme ratio, OI not falling sharply: the same direction, but only ±{@code isolatedScore}</li>
 * <li>ratio not extreme: score 0</li>
 * </ul>
 * Strength = min(1, dropZ / (2·flushZ)) (0 when OI rose); value = the relative OI change. No OI at all,
 * too little OI history, no new OI snapshot inside the window, or no liquidations give no reading.
 */
public final class OiChangeCard implements Card {
    public static final String NAME = "oi-change";

    /** {@link #flushConfirmation} factor when the liquidations were isolated (OI did not fall sharply). */
    public static final double ISOLATED_FACTOR = 0.5;

    private static final String LONGS_FLUSHED = "longs flushed, OI falling";
    private static final String SHORTS_FLUSHED = "shorts flushed, OI falling";

    private final double high;
    private final double low;
    private final double flushZ;
    private final int baselineWindows;
    private final double isolatedScore;

    public OiChangeCard(double high, double low, double flushZ, int baselineWindows, double isolatedScore) {
        if (!(high > 0.5 && high < 1) || !(low > 0 && low < 0.5)) {
            throw new IllegalArgumentException("need 0 < low < 0.5 < high < 1");
        }
        if (!(flushZ > 0) || baselineWindows < 1 || !(isolatedScore >= 0 && isolatedScore <= 1)) {
            throw new IllegalArgumentException("need flushZ > 0, baselineWindows >= 1, 0 <= isolatedScore <= 1");
        }
        this.high = high;
        this.low = low;
        this.flushZ = flushZ;
        this.baselineWindows = baselineWindows;
        this.isolatedScore = isolatedScore;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int lookbackWindows() {
        return baselineWindows + 1;
    }

    @Override
    public void evaluate(SymbolState s, long nowMs, Window w, Reading out) {
        long len = w.lengthMs();
        SampleHistory oi = s.openInterest;
        if (oi.isEmpty()) {
            out.none("no open interest");
        } else if (!OiMoves.reaches(oi, nowMs - (baselineWindows + 1) * len)) {
            out.none("warming up: OI history too short");
        } else if (!OiMoves.updatedWithin(oi, nowMs, len)) {
            out.none("no OI update in window");
        } else if (!s.liquidations.covers(nowMs, len)) {
            out.none("window not covered by data yet");
        } else {
            read(s, nowMs, len, out);
        }
    }

    private void read(SymbolState s, long nowMs, long len, Reading out) {
        double longUsd = s.liquidations.longUsd(nowMs, len);
        double total = longUsd + s.liquidations.shortUsd(nowMs, len);
        if (total <= 0) {
            out.none("no liquidations");
            return;
        }
        double change = OiMoves.change(s.openInterest, nowMs, len);
        double dropZ = OiMoves.dropZ(change, OiMoves.typical(s.openInterest, nowMs, len, baselineWindows));
        if (Double.isNaN(dropZ)) {
            out.none("open interest not positive");
            return;
        }
        double ratio = longUsd / total;
        int flushed = ratio > high ? +1 : (ratio < low ? -1 : 0);
        double strength = OiMoves.strength(dropZ, flushZ);
        if (flushed == 0) {
            out.set(0, strength, 1, change, "ratio not extreme");
        } else if (dropZ >= flushZ) {
            out.set(flushed, strength, 1, change, flushed > 0 ? LONGS_FLUSHED : SHORTS_FLUSHED);
        } else {
            out.set(flushed * isolatedScore, strength, 1, change, "isolated liquidations");
        }
    }

    /**
     * A factor for the decision layer to scale a capitulation's confidence (or contribution) by what open
     * interest did over the same window, judged exactly as this card judges it:
     * <ul>
     * <li>1 when OI cannot tell (no OI, history shorter than {@code baselineWindows + 1} windows, no new
     * snapshot in the window): leave the capitulation as it is</li>
     * <li>{@link #ISOLATED_FACTOR} (0.5) when OI did not fall by {@code flushZ} typical moves: isolated
     * liquidations</li>
     * <li>1 + 0.5·min(1, dropZ / (2·flushZ)), i.e. 1.25 to 1.5, when the flush is confirmed</li>
     * </ul>
     * It reads OI only; the liquidation imbalance is the capitulation card's part.
     */
    public static double flushConfirmation(SymbolState s, long nowMs, long windowMs, int baselineWindows,
            double flushZ) {
        SampleHistory oi = s.openInterest;
        if (!OiMoves.reaches(oi, nowMs - (baselineWindows + 1) * windowMs)
                || !OiMoves.updatedWithin(oi, nowMs, windowMs)) {
            return 1;
        }
        double change = OiMoves.change(oi, nowMs, windowMs);
        double dropZ = OiMoves.dropZ(change, OiMoves.typical(oi, nowMs, windowMs, baselineWindows));
        if (Double.isNaN(dropZ)) {
            return 1;
        }
        return dropZ >= flushZ ? 1 + 0.5 * OiMoves.strength(dropZ, flushZ) : ISOLATED_FACTOR;
    }
}
