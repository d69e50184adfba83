package cascade.run;

import cascade.feed.EventSource;
import cascade.feed.ForwardingSource;
import cascade.feed.NoDataException;
import cascade.market.MarketEvent;
import cascade.report.ReportFormat;
import java.io.IOException;

/**
 * Passes a source through and remembers what it held: how many events and the first and last event time
 * read. A run that sampled nothing uses it to say why — no data at all, or a period outside the data —
 * with the range the data covers, instead of reporting an empty (nonsense) period.
 */
final class CoverageSource extends ForwardingSource {
    private long events;
    private long firstMs = Long.MIN_VALUE;
    private long lastMs = Long.MIN_VALUE;
    private boolean exhausted;

    CoverageSource(EventSource source) {
        super(source);
    }

    @Override
    public boolean next(MarketEvent into) throws IOException {
        if (!source.next(into)) {
            exhausted = true;
            return false;
        }
        if (events++ == 0) {
            firstMs = into.timeMs;
        }
        lastMs = into.timeMs;
        return true;
    }

    long events() {
        return events;
    }

    /**
     * The error for a run that sampled nothing, given the period asked for.
     *
     * @param fromMs the period's start (Long.MIN_VALUE = from the start of the data)
     * @param toMs the period's end, exclusive (Long.MAX_VALUE = to the end)
     */
    NoDataException nothingInPeriod(long fromMs, long toMs) {
        String data = source.describe();
        if (events == 0) {
            return new NoDataException("no events in the data: " + data);
        }
        String covers = exhausted
                ? "the data covers " + time(firstMs) + " to " + time(lastMs)
                : "the data starts at " + time(firstMs);
        if (fromMs != Long.MIN_VALUE && exhausted && fromMs > lastMs) {
            return new NoDataException("the period starts at " + time(fromMs) + ", after the end of the data: "
                    + covers + " (" + data + ")");
        }
        if (toMs != Long.MAX_VALUE && toMs <= firstMs) {
            return new NoDataException("the period ends at " + time(toMs) + ", before the data starts: " + covers
                    + " (" + data + ")");
        }
        return new NoDataException("nothing to sample in the period " + period(fromMs, toMs)
                + " (equity is sampled at bar closes, or every sampleStep of event time once a price is known): "
                + covers + " (" + data + ")");
    }

    private static String period(long fromMs, long toMs) {
        return (fromMs == Long.MIN_VALUE ? "start of data" : time(fromMs)) + " to "
                + (toMs == Long.MAX_VALUE ? "end of data" : time(toMs));
    }

    private static String time(long ms) {
        return ReportFormat.utc(ms);
    }
}
