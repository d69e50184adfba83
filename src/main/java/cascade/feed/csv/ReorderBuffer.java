package cascade.feed.csv;

import cascade.market.MarketEvent;
import java.util.Arrays;

/**
 * Restores event-time order to input that is almost sorted. An event is held until the latest time seen is
 * {@code horizonMs} past it, then released smallest time first (ties in arrival order). An event arriving more
 * than the horizon behind the latest time could not be put in order any more: {@link #isTooLate} tells the
 * caller to reject it. Slots are pooled, so a steady stream does not allocate.
 */
final class ReorderBuffer {
    private final long horizonMs;
    private MarketEvent[] heap = new MarketEvent[64];
    private long[] arrival = new long[64];
    private int size;
    private long arrivals;
    private long latestMs = Long.MIN_VALUE;

    ReorderBuffer(long horizonMs) {
        this.horizonMs = horizonMs;
    }

    boolean isTooLate(long timeMs) {
        return latestMs != Long.MIN_VALUE && timeMs < latestMs - horizonMs;
    }

    long latestMs() {
        return latestMs;
    }

    /** Copies the event in; the caller keeps its slot. */
    void add(MarketEvent event) {
        if (size == heap.length) {
            grow();
        }
        if (heap[size] == null) {
            heap[size] = new MarketEvent();
        }
        heap[size].copyFrom(event);
        arrival[size] = arrivals++;
        latestMs = Math.max(latestMs, event.timeMs);
        siftUp(size++);
    }

    /** Releases the earliest event if no event within the horizon can still come before it. */
    boolean pollReady(MarketEvent into) {
        return size > 0 && heap[0].timeMs <= latestMs - horizonMs && poll(into);
    }

    /** Releases the earliest event regardless of the horizon (at the end of the input). */
    boolean pollAny(MarketEvent into) {
        return size > 0 && poll(into);
    }

    private boolean poll(MarketEvent into) {
        into.copyFrom(heap[0]);
        size--;
        swap(0, size);
        siftDown(0);
        return true;
    }

    private void siftUp(int i) {
        while (i > 0 && before(i, (i - 1) / 2)) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            if (left < size && before(left, smallest)) {
                smallest = left;
            }
            if (left + 1 < size && before(left + 1, smallest)) {
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
        long ta = heap[a].timeMs;
        long tb = heap[b].timeMs;
        return ta < tb || (ta == tb && arrival[a] < arrival[b]);
    }

    private void swap(int a, int b) {
        MarketEvent e = heap[a];
        heap[a] = heap[b];
        heap[b] = e;
        long s = arrival[a];
        arrival[a] = arrival[b];
        arrival[b] = s;
    }

    private void grow() {
        heap = Arrays.copyOf(heap, heap.length * 2);
        arrival = Arrays.copyOf(arrival, arrival.length * 2);
    }
}
