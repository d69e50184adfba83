package cascade.engine;

import cascade.feed.EventSource;
import cascade.market.EventType;
import cascade.market.MarketEvent;
import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * Feeds a recorded source into the engine: stops at the end of the requested range, injects a clock tick at every
 * multiple of {@code clockStepMs} of event time (before the first event at or past it, so cycles fire
 * even when nothing trades) and publishes. A source that begins with a clock tick carries its own ticks (the
 * journal of a paper session, whose clock followed the venue's): those are replayed exactly where they were
 * recorded and none is injected, so the replay sees the very sequence the session decided on. Runs on the
 * caller's thread, the ring's single producer.
 */
public final class ReplayDriver {
    private final long toMs;
    private final long clockStepMs;
    private final MarketEvent scratch = new MarketEvent().clear();
    private final MarketEvent tick = new MarketEvent().clear();
    private long published;

    /**
     * Events before the run's start are published too: they warm up the rolling windows, while the engine
     * neither trades nor samples before the start (see {@link cascade.decision.DecisionStage#tradeFrom}).
     *
     * @param toMs first event time excluded (Long.MAX_VALUE for all)
     * @param clockStepMs clock tick spacing, 0 for none (bar data)
     */
    public ReplayDriver(long toMs, long clockStepMs) {
        this.toMs = toMs;
        this.clockStepMs = clockStepMs;
    }

    /**
     * Publishes every event of the source in range.
     *
     * @param progress told the event time now and then (every 4096 events), for a progress bar
     * @return events published, clock ticks included
     */
    public long run(EventSource source, Engine engine, LongConsumer progress) throws IOException {
        long nextTick = Long.MIN_VALUE;
        boolean first = true;
        boolean sourceClock = false;
        while (source.next(scratch)) {
            long t = scratch.timeMs;
            if (t >= toMs) {
                break;
            }
            if (first) {
                first = false;
                sourceClock = scratch.type == EventType.CLOCK;
            }
            if (clockStepMs > 0 && !sourceClock && scratch.type != EventType.CLOCK) {
                if (nextTick == Long.MIN_VALUE) {
                    nextTick = Math.floorDiv(t, clockStepMs) * clockStepMs + clockStepMs;
                }
                while (t >= nextTick) {
                    engine.publish(tick.clock(nextTick));
                    published++;
                    nextTick += clockStepMs;
                }
            }
            engine.publish(scratch);
            if ((++published & 4095) == 0) {
                progress.accept(t);
            }
        }
        return published;
    }
}
