package cascade.engine;

import cascade.feed.recording.RecordingWriter;
import cascade.market.EventType;
import cascade.market.MarketEvent;
import com.lmax.disruptor.EventHandler;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Stage 1 of the ring: records every incoming market event (clock ticks and venue events excluded: they are
 * derived, or outputs of trading) into a
 * {@code .casc} recording, on its own thread beside the decision thread. Writes are buffered by the
 * writer; a block is flushed at the end of each Disruptor batch so a crash loses at most one batch. Live
 * and paper runs use it to build the event-level history that backtests replay.
 */
public final class JournalHandler implements EventHandler<MarketEvent> {
    private final RecordingWriter writer;
    private final boolean withClock;
    private long written;

    public JournalHandler(RecordingWriter writer) {
        this(writer, false);
    }

    /**
     * @param withClock record clock ticks too: a paper or live session's ticks come from the venue's clock,
     *     not from event times, so its journal must keep them to be replayed to the same decisions
     */
    public JournalHandler(RecordingWriter writer, boolean withClock) {
        this.writer = writer;
        this.withClock = withClock;
    }

    @Override
    public void onEvent(MarketEvent event, long sequence, boolean endOfBatch) {
        try {
            if ((withClock || event.type != EventType.CLOCK) && !event.type.isVenueEvent()) {
                writer.write(event);
                written++;
            }
            if (endOfBatch) {
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("journal write failed at event #" + sequence, e);
        }
    }

    /** Events recorded so far. */
    public long written() {
        return written;
    }
}
