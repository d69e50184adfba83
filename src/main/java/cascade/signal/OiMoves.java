package cascade.signal;

import cascade.state.SampleHistory;

/**
 * Open-interest arithmetic shared by {@link OiChangeCard} and its confirmation helper. OI is in the source's
 * own unit (coins, contracts or USD), so only relative changes are compared. The change over a window
 * ending at {@code end} is {@code oi(end) / oi(end − window) − 1}, each value the last snapshot at or before
 * that time.
 */
final class OiMoves {
    private OiMoves() {
    }

    /** True when the history reaches back to {@code timeMs}: some kept snapshot is at or before it. */
    static boolean reaches(SampleHistory oi, long timeMs) {
        return oi.indexAt(timeMs) >= 0;
    }

    /**
     * True when a snapshot arrived in {@code (end − window, end]}. Without one the change over the window is
     * unknown (sparse snapshots), not zero.
     */
    static boolean updatedWithin(SampleHistory oi, long endMs, long windowMs) {
        return oi.indexAt(endMs) > oi.indexAt(endMs - windowMs);
    }

    /** Relative change over the window ending at {@code endMs}; NaN when the starting OI is missing or not positive. */
    static double change(SampleHistory oi, long endMs, long windowMs) {
        double start = oi.valueAt(endMs - windowMs);
        return start > 0 ? oi.valueAt(endMs) / start - 1 : Double.NaN;
    }

    /**
     * The typical size of a one-window OI move: the root mean square of the changes over the {@code n}
     * windows before the one ending at {@code nowMs}. NaN when any of them is unknown.
     */
    static double typical(SampleHistory oi, long nowMs, long windowMs, int n) {
        double sumOfSquares = 0;
        for (int i = 1; i <= n; i++) {
            double c = change(oi, nowMs - i * windowMs, windowMs);
            sumOfSquares += c * c;
        }
        return Math.sqrt(sumOfSquares / n);
    }

    /**
     * The OI drop in typical moves: 2 means OI fell by twice its typical move, negative means it rose. With a
     * history that never moved, any fall counts as infinitely large. NaN when either input is unknown.
     */
    static double dropZ(double change, double typical) {
        if (Double.isNaN(change) || Double.isNaN(typical)) {
            return Double.NaN;
        }
        if (typical > 0) {
            return -change / typical;
        }
        return change < 0 ? Double.POSITIVE_INFINITY : 0;
    }

    /** How far the drop is towards twice the flush threshold, in [0, 1]; 0 when OI did not fall. */
    static double strength(double dropZ, double flushZ) {
        return Math.min(1, Math.max(0, dropZ) / (2 * flushZ));
    }
}
