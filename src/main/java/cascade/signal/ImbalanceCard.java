package cascade.signal;

import cascade.state.SymbolState;

/**
 * Liquidation imbalance: ratio = long-liquidated USD / total liquidated USD over the window, 0.5 when
 * balanced. Read as the present pressure: longs being liquidated (ratio above 0.5) is selling pressure,
 * so score = 1 − 2·ratio (bearish when longs are flushed). Strength = |2·ratio − 1|. No liquidations in
 * the window (or the window not yet covered by data) gives no reading.
 */
public final class ImbalanceCard implements Card {
    public static final String NAME = "imbalance";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void evaluate(SymbolState s, long nowMs, Window w, Reading out) {
        if (!s.liquidations.covers(nowMs, w.lengthMs())) {
            out.none("window not covered by data yet");
            return;
        }
        double longUsd = s.liquidations.longUsd(nowMs, w.lengthMs());
        double shortUsd = s.liquidations.shortUsd(nowMs, w.lengthMs());
        double total = longUsd + shortUsd;
        if (total <= 0) {
            out.none("no liquidations");
            return;
        }
        double ratio = longUsd / total;
        out.set(1 - 2 * ratio, Math.abs(2 * ratio - 1), 1, ratio, "");
    }

    /** The ratio over a window, NaN when nothing was liquidated or the window is not covered. */
    public static double ratio(SymbolState s, long nowMs, long windowMs) {
        if (!s.liquidations.covers(nowMs, windowMs)) {
            return Double.NaN;
        }
        double longUsd = s.liquidations.longUsd(nowMs, windowMs);
        double total = longUsd + s.liquidations.shortUsd(nowMs, windowMs);
        return total > 0 ? longUsd / total : Double.NaN;
    }
}
