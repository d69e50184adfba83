package cascade.paper;

import java.util.function.LongSupplier;

/**
 * The venue's clock as seen from here: server time estimated from {@code /fapi/v1/time} answers (each taken
 * at the middle of its round trip) and from event timestamps (the server's time is at least the newest
 * event's), extrapolated between them at a rate measured from successive answers. Against Binance the rate
 * is 1; against the fake exchange replaying at N× it comes out N, so cycles tick N× faster. Never goes
 * backwards. Thread-safe. Only the clock stage reads the wall clock; decisions see its ticks as events.
 */
public final class ServerClock {
    private final LongSupplier wallNanos;
    private boolean anchored;
    private long anchorServerMs;
    private long anchorWallNanos;
    private double rate = 1.0;
    private long newestEventMs = Long.MIN_VALUE;
    private long lastReadMs = Long.MIN_VALUE;
    private long syncs;

    public ServerClock(LongSupplier wallNanos) {
        this.wallNanos = wallNanos;
    }

    /**
     * A server-time answer.
     *
     * @param sentNanos wall nanos when the request left
     * @param receivedNanos wall nanos when the answer came
     */
    public synchronized void sync(long serverMs, long sentNanos, long receivedNanos) {
        long mid = sentNanos + (receivedNanos - sentNanos) / 2;
        if (anchored) {
            double wallMs = (mid - anchorWallNanos) / 1e6;
            if (wallMs >= 200) {
                double measured = (serverMs - anchorServerMs) / wallMs;
                if (measured > 0) {
                    // a rate within 5 % of real time is real time: round trips jitter, the venue does not
                    rate = Math.abs(measured - 1) < 0.05 ? 1.0 : Math.min(1e6, measured);
                }
            } else {
                return; // too close to the last answer to measure anything
            }
        }
        anchored = true;
        anchorServerMs = serverMs;
        anchorWallNanos = mid;
        syncs++;
    }

    /** An event stamped by the server at {@code eventMs}. */
    public synchronized void observe(long eventMs) {
        if (eventMs > newestEventMs) {
            newestEventMs = eventMs;
        }
    }

    /** The estimated server time now (epoch ms); MIN_VALUE until a sync or an event. */
    public synchronized long nowMs() {
        long t = newestEventMs;
        if (anchored) {
            t = Math.max(t, anchorServerMs + (long) ((wallNanos.getAsLong() - anchorWallNanos) / 1e6 * rate));
        }
        if (t > lastReadMs) {
            lastReadMs = t;
        }
        return lastReadMs;
    }

    /** Server ms per wall ms, from the last two answers (1 until measured). */
    public synchronized double rate() {
        return rate;
    }

    public synchronized long syncs() {
        return syncs;
    }
}
