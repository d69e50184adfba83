package cascade.sim;

import cascade.market.EventType;
import cascade.market.MarketEvent;
import java.util.Arrays;

/**
 * What an exchange's liquidation stream would have shown of the true liquidations: Binance pushes at most
 * one liquidation per symbol per second (the latest of that second), so recorded liquidation volumes are
 * lower bounds and cascades look thinner than they were. Use it to compare simulated truth with real
 * recordings like for like. Other events pass through unchanged. A snapshot is released when the
 * instrument's first event of a later window arrives (or on {@link #flush()}) and is stamped with the last
 * millisecond of its window, as the exchange pushes it at the window's end: the output stays in
 * non-decreasing time.
 */
public final class LiquidationSnapshotFilter implements EventSink {
    private final long windowMs;
    private final EventSink downstream;
    private MarketEvent[] held = new MarketEvent[0];
    private long[] heldWindow = new long[0];

    /** @param windowMs the snapshot window (1000 for Binance) */
    public LiquidationSnapshotFilter(long windowMs, EventSink downstream) {
        if (windowMs <= 0) {
            throw new IllegalArgumentException("window must be > 0 ms, was " + windowMs);
        }
        this.windowMs = windowMs;
        this.downstream = downstream;
    }

    @Override
    public void accept(MarketEvent e) {
        int i = e.instrument;
        if (i < 0) {
            downstream.accept(e);
            return;
        }
        if (i >= held.length) {
            grow(i + 1);
        }
        long window = Math.floorDiv(e.timeMs, windowMs);
        if (held[i].type != null && window != heldWindow[i]) {
            release(i);
        }
        if (e.type == EventType.LIQUIDATION) {
            held[i].copyFrom(e);
            heldWindow[i] = window;
        } else {
            downstream.accept(e);
        }
    }

    /** Releases the liquidations still held (call at the end of the stream). */
    public void flush() {
        for (int i = 0; i < held.length; i++) {
            if (held[i].type != null) {
                release(i);
            }
        }
    }

    private void release(int i) {
        held[i].timeMs = (heldWindow[i] + 1) * windowMs - 1;
        downstream.accept(held[i]);
        held[i].clear();
    }

    private void grow(int n) {
        int from = held.length;
        held = Arrays.copyOf(held, n);
        heldWindow = Arrays.copyOf(heldWindow, n);
        for (int i = from; i < n; i++) {
            held[i] = new MarketEvent().clear();
        }
    }
}
