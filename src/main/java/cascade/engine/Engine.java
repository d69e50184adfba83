package cascade.engine;

import cascade.market.MarketEvent;
import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.EventTranslatorOneArg;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;

/**
 * The one Disruptor ring, wired in one place. Sources publish market events and clock ticks; the ring runs
 * the journal (records what came in) and the decision thread side by side, each stage with a
 * {@link HaltingExceptionHandler}:
 *
 * <pre>
 *   source ─▶ ring ─┬─▶ 1 journal   (optional, its own thread: record every event)
 *                   └─▶ 2 engine    (decision thread: venue → market state → cards/cycles → risk → orders)
 * </pre>
 *
 * A blocking wait strategy suits this 2-core class of machine (busy-spin needs a spare core per thread).
 */
public final class Engine implements AutoCloseable {
    private static final EventTranslatorOneArg<MarketEvent, MarketEvent> COPY = (slot, seq, src) -> slot.copyFrom(src);

    private final Disruptor<MarketEvent> disruptor;
    private final RingBuffer<MarketEvent> ring;
    private final List<HaltingExceptionHandler> handlers = new ArrayList<>();
    private final List<EventHandler<MarketEvent>> stages = new ArrayList<>();
    private boolean running;

    /**
     * @param engine the decision thread's handler
     * @param journal the journal handler, or null for none
     * @param halt what an exception in any stage does (halt new entries)
     */
    public Engine(EventHandler<MarketEvent> engine, EventHandler<MarketEvent> journal, Runnable halt, int ringSize) {
        this(engine, journal, halt, ringSize, ProducerType.SINGLE);
    }

    /**
     * @param producers SINGLE when one thread publishes (a replay); MULTI when market feeds and a venue's
     *     threads publish side by side (paper and live): the ring then claims slots with a CAS, still
     *     without allocating
     */
    public Engine(EventHandler<MarketEvent> engine, EventHandler<MarketEvent> journal, Runnable halt, int ringSize,
            ProducerType producers) {
        disruptor = new Disruptor<>(MarketEvent::new, ringSize, threads(), producers, new BlockingWaitStrategy());
        // 1. journal and 2. engine read each event independently; neither waits for the other.
        HaltingExceptionHandler engineErrors = new HaltingExceptionHandler("engine", halt);
        handlers.add(engineErrors);
        stages.add(engine);
        if (journal != null) {
            HaltingExceptionHandler journalErrors = new HaltingExceptionHandler("journal", halt);
            handlers.add(journalErrors);
            stages.add(journal);
            disruptor.handleEventsWith(engine, journal);
            disruptor.handleExceptionsFor(journal).with(journalErrors);
        } else {
            disruptor.handleEventsWith(engine);
        }
        disruptor.handleExceptionsFor(engine).with(engineErrors);
        ring = disruptor.getRingBuffer();
    }

    public void start() {
        disruptor.start();
        running = true;
    }

    /** Copies the event into the next ring slot (no allocation); from one thread unless built with MULTI. */
    public void publish(MarketEvent event) {
        ring.publishEvent(COPY, event);
    }

    /** Total stage errors so far. */
    public long errors() {
        return handlers.stream().mapToLong(HaltingExceptionHandler::errors).sum();
    }

    /** The first stage error, or null. */
    public Throwable firstError() {
        return handlers.stream().map(HaltingExceptionHandler::firstError).filter(e -> e != null).findFirst()
                .orElse(null);
    }

    /**
     * Waits until every published event went through every stage, then stops the threads. The wait is on
     * the stages' own sequences: the Disruptor's shutdown alone does not wait for a stage whose thread has
     * not started running yet, and would return before a short replay was processed.
     */
    @Override
    public void close() {
        if (running) {
            long published = ring.getCursor();
            for (EventHandler<MarketEvent> stage : stages) {
                while (disruptor.getSequenceValueFor(stage) < published) {
                    LockSupport.parkNanos(50_000);
                }
            }
            disruptor.shutdown();
            running = false;
        }
    }

    private static ThreadFactory threads() {
        return new ThreadFactory() {
            private int n;

            @Override
            public synchronized Thread newThread(Runnable r) {
                Thread t = new Thread(r, "cascade-ring-" + n++);
                t.setDaemon(true);
                return t;
            }
        };
    }
}
