package cascade.feed;

import cascade.market.MarketEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helpers to turn sources into lists of events and lists back into sources. */
public final class EventTape {
    private EventTape() {
    }

    /** Reads the source to its end, one copy per event. */
    public static List<MarketEvent> drain(EventSource source) {
        List<MarketEvent> events = new ArrayList<>();
        MarketEvent slot = new MarketEvent();
        try {
            while (source.next(slot)) {
                events.add(new MarketEvent().copyFrom(slot));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    /** A source that replays the given events and reports a fixed number of skipped lines. */
    public static EventSource of(String name, long skipped, MarketEvent... events) {
        return new EventSource() {
            private int next;
            private boolean closed;

            @Override
            public boolean next(MarketEvent into) {
                if (next == events.length) {
                    return false;
                }
                into.copyFrom(events[next++]);
                return true;
            }

            @Override
            public long skippedLines() {
                return skipped;
            }

            @Override
            public String describe() {
                return name + (closed ? " (closed)" : "");
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }
}
