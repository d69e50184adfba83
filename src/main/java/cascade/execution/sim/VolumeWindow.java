package cascade.execution.sim;

import cascade.market.Fixed;

/**
 * Recently traded USD volume of one instrument, the denominator of {@link SlippageModel}'s impact term. For
 * trades it is the volume of the previous complete window of fixed length (windows aligned to the epoch); for
 * bars the volume of the previous bar. {@link Fixed#UNKNOWN} until known.
 */
final class VolumeWindow {
    private final long windowMs;
    private long currentWindow = Long.MIN_VALUE;
    private long currentUsd;
    private long recentUsd = Fixed.UNKNOWN;

    VolumeWindow(long windowMs) {
        this.windowMs = windowMs;
    }

    void onTrade(long timeMs, long notionalUsd) {
        long window = Math.floorDiv(timeMs, windowMs);
        if (window != currentWindow) {
            if (currentWindow != Long.MIN_VALUE) {
                recentUsd = window == currentWindow + 1 ? currentUsd : 0;
            }
            currentWindow = window;
            currentUsd = 0;
        }
        currentUsd += notionalUsd;
    }

    /** Records a closed bar's volume (may be {@link Fixed#UNKNOWN}); call after the bar has been matched. */
    void onBar(long volumeUsd) {
        recentUsd = volumeUsd;
    }

    long recentUsd() {
        return recentUsd;
    }
}
