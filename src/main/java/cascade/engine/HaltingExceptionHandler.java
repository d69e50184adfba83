package cascade.engine;

import cascade.market.MarketEvent;
import com.lmax.disruptor.ExceptionHandler;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exception handler on every ring stage. An exception in a stage is a bug, not an expected outcome:
 * it is logged with the event, counted, and new entries are halted through the callback — but the stage
 * keeps running so exits and the journal still work (the Disruptor's default would kill the stage
 * silently or take the loop down).
 */
public final class HaltingExceptionHandler implements ExceptionHandler<MarketEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(HaltingExceptionHandler.class);

    private final String stage;
    private final Runnable halt;
    private final AtomicLong errors = new AtomicLong();
    private volatile Throwable first;

    public HaltingExceptionHandler(String stage, Runnable halt) {
        this.stage = stage;
        this.halt = halt;
    }

    public long errors() {
        return errors.get();
    }

    /** The first error seen, or null. */
    public Throwable firstError() {
        return first;
    }

    @Override
    public void handleEventException(Throwable ex, long sequence, MarketEvent event) {
        if (errors.getAndIncrement() == 0) {
            first = ex;
            LOG.error("stage '{}' failed on event #{} {}: new entries halted", stage, sequence, event, ex);
            halt.run();
        } else {
            LOG.debug("stage '{}' failed again on event #{}: {}", stage, sequence, ex.toString());
        }
    }

    @Override
    public void handleOnStartException(Throwable ex) {
        record(ex, "start");
    }

    @Override
    public void handleOnShutdownException(Throwable ex) {
        record(ex, "shutdown");
    }

    private void record(Throwable ex, String when) {
        if (errors.getAndIncrement() == 0) {
            first = ex;
        }
        LOG.error("stage '{}' failed at {}", stage, when, ex);
        halt.run();
    }
}
