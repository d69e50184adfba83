package cascade.feed;

import cascade.market.EventType;
import cascade.market.MarketEvent;
import java.io.IOException;

/**
 * Reads a source's first event ahead, so a run can learn what the data is before it starts: a recording of
 * bars tells its bar length by its first bar (close − open), where only the CSV reader knows it upfront.
 */
public final class PeekingSource extends ForwardingSource {
    private final MarketEvent first = new MarketEvent();
    private boolean hasFirst;
    private boolean firstPending;

    public PeekingSource(EventSource source) throws IOException {
        super(source);
        this.hasFirst = source.next(first);
        this.firstPending = hasFirst;
    }

    @Override
    public boolean next(MarketEvent into) throws IOException {
        if (firstPending) {
            into.copyFrom(first);
            firstPending = false;
            return true;
        }
        return source.next(into);
    }

    /** The source's own bar length, else that of its first event when it is a bar, else 0. */
    @Override
    public long barLengthMs() {
        long own = source.barLengthMs();
        if (own > 0 || !hasFirst || first.type != EventType.BAR) {
            return own;
        }
        return first.timeMs - first.barOpenTimeMs;
    }
}
