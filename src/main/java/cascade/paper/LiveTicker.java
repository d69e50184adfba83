package cascade.paper;

import cascade.market.MarketEvent;
import java.util.function.Consumer;

/**
 * Publishes live market events and the clock ticks of a paper or live session into the ring, in one order:
 * every tick whose time the venue's clock has reached goes out before the next event, and ticks keep coming
 * from a timer when no event arrives. The first thing published is a tick at the step boundary just passed
 * (a journal that begins with a tick carries its own ticks: its replay uses them as recorded). Ticks are
 * multiples of the step, never repeated, never backwards. Thread-safe: the feed's and the timer's threads call
 * it; the ring it publishes into is multi-producer.
 */
public final class LiveTicker {
    private final ServerClock clock;
    private final long stepMs;
    private final Consumer<MarketEvent> ring;
    private final MarketEvent tick = new MarketEvent().clear();
    private long nextTickMs = Long.MIN_VALUE;
    private long ticks;
    private long events;
    private long lateEvents;

    public LiveTicker(ServerClock clock, long stepMs, Consumer<MarketEvent> ring) {
        if (stepMs <= 0) {
            throw new IllegalArgumentException("clock step must be positive, was " + stepMs);
        }
        this.clock = clock;
        this.stepMs = stepMs;
        this.ring = ring;
    }

    /** A market event from the feed: the ticks it makes due, then the event. */
    public synchronized void publish(MarketEvent event) {
        clock.observe(event.timeMs);
        emitDue();
        if (nextTickMs != Long.MIN_VALUE && event.timeMs < nextTickMs - stepMs) {
            lateEvents++; // stamped before the last tick already published: its cycle has been decided
        }
        events++;
        ring.accept(event);
    }

    /** From the timer: the ticks the clock has reached, events or not. */
    public synchronized void onTimer() {
        emitDue();
    }

    private void emitDue() {
        long now = clock.nowMs();
        if (now == Long.MIN_VALUE) {
            return;
        }
        if (nextTickMs == Long.MIN_VALUE) {
            nextTickMs = Math.floorDiv(now, stepMs) * stepMs;
        }
        while (now >= nextTickMs) {
            ring.accept(tick.clock(nextTickMs));
            ticks++;
            nextTickMs += stepMs;
        }
    }

    public synchronized long ticks() {
        return ticks;
    }

    public synchronized long events() {
        return events;
    }

    /** Events stamped before the newest tick published when they arrived. */
    public synchronized long lateEvents() {
        return lateEvents;
    }
}
