package cascade.feed;

import cascade.market.MarketEvent;
import java.io.IOException;
import java.util.List;
import java.util.StringJoiner;

/**
 * Merges several time-ordered sources into one by event time: a k-way merge over a binary heap of each
 * source's next event. Ties go to the source listed first, so the merge is stable and deterministic. Each
 * source owns one preallocated look-ahead slot; in steady state nothing is allocated.
 */
public final class MergedSource implements EventSource {
    private final EventSource[] sources;
    private final MarketEvent[] heads;
    /** Indices of sources with a pending head event, as a min-heap by (time, source index). */
    private final int[] heap;
    private int size;
    private boolean started;

    /** @param sources each in event-time order; their list order breaks ties. Closing this closes them. */
    public MergedSource(List<? extends EventSource> sources) {
        this.sources = sources.toArray(new EventSource[0]);
        this.heads = new MarketEvent[this.sources.length];
        this.heap = new int[this.sources.length];
        for (int i = 0; i < heads.length; i++) {
            heads[i] = new MarketEvent();
        }
    }

    @Override
    public boolean next(MarketEvent into) throws IOException {
        if (!started) {
            start();
        }
        if (size == 0) {
            return false;
        }
        int source = heap[0];
        into.copyFrom(heads[source]);
        if (!sources[source].next(heads[source])) {
            heap[0] = heap[--size];
        }
        siftDown(0);
        return true;
    }

    private void start() throws IOException {
        started = true;
        for (int i = 0; i < sources.length; i++) {
            if (sources[i].next(heads[i])) {
                heap[size] = i;
                siftUp(size++);
            }
        }
    }

    private void siftUp(int i) {
        while (i > 0 && before(heap[i], heap[(i - 1) / 2])) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            if (left < size && before(heap[left], heap[smallest])) {
                smallest = left;
            }
            if (left + 1 < size && before(heap[left + 1], heap[smallest])) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private boolean before(int a, int b) {
        long ta = heads[a].timeMs;
        long tb = heads[b].timeMs;
        return ta < tb || (ta == tb && a < b);
    }

    private void swap(int a, int b) {
        int s = heap[a];
        heap[a] = heap[b];
        heap[b] = s;
    }

    /**
     * The common bar length of bar sources; mixing bar lengths, or bars with event-level data, is refused
     * because one run decides either at bar closes or on a clock.
     */
    @Override
    public long barLengthMs() {
        long bar = -1;
        for (EventSource source : sources) {
            long b = source.barLengthMs();
            if (bar >= 0 && b != bar) {
                throw new IllegalArgumentException("cannot merge data with different bar lengths (" + bar / 60_000
                        + "m and " + b / 60_000 + "m; 0m = event-level): " + describe());
            }
            bar = b;
        }
        return Math.max(bar, 0);
    }

    /** The least advanced source's progress (the merge finishes with it), NaN if any cannot tell. */
    @Override
    public double progress() {
        double least = 1;
        for (EventSource source : sources) {
            least = Math.min(least, source.progress());
        }
        return least;
    }

    @Override
    public java.util.List<String> skippedLineMessages() {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (EventSource source : sources) {
            all.addAll(source.skippedLineMessages());
        }
        return all;
    }

    @Override
    public long skippedLines() {
        long total = 0;
        for (EventSource source : sources) {
            total += source.skippedLines();
        }
        return total;
    }

    @Override
    public String describe() {
        StringJoiner joined = new StringJoiner("; ", "merged [", "]");
        for (EventSource source : sources) {
            joined.add(source.describe());
        }
        return joined.toString();
    }

    /** Closes every source, even when one fails; the first failure is rethrown. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (EventSource source : sources) {
            try {
                source.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
