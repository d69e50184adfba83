package cascade.feed;

import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.Closeable;
import java.io.IOException;

/**
 * A stream of market events in event-time order: a recording, a CSV file, the simulator or a live feed.
 * The caller owns the slot: {@link #next(MarketEvent)} fills it and returns false at the end. Sources
 * register their instruments in the shared {@link Instruments} registry when opened.
 */
public interface EventSource extends Closeable {

    /**
     * Fills {@code into} with the next event.
     *
     * @return false when the source is exhausted
     * @throws BadInputException for malformed input under the {@link BadLinePolicy#FAIL} policy
     */
    boolean next(MarketEvent into) throws IOException;

    /** Lines or records skipped as bad so far (under {@link BadLinePolicy#SKIP}). */
    default long skippedLines() {
        return 0;
    }

    /** The first messages of skipped bad lines (file:line: field: reason), for the report. */
    default java.util.List<String> skippedLineMessages() {
        return java.util.List.of();
    }

    /**
     * Bar length when the source yields bars (decisions then happen at bar closes), 0 for event-level data.
     */
    default long barLengthMs() {
        return 0;
    }

    /** How far through its data the source is, in [0, 1], or NaN when it cannot tell (for a progress bar). */
    default double progress() {
        return Double.NaN;
    }

    /** A human description for reports: file names, symbols, time range. */
    String describe();

    @Override
    default void close() throws IOException {
    }
}
