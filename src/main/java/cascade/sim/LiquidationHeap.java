package cascade.sim;

import java.util.Arrays;

/**
 * A binary min-heap of (key, slot) pairs packed into single longs ({@code key << 22 | slot}, so one cache line
 * holds eight entries): the next liquidation of one side is at the top. Longs are keyed by the negated
 * liquidation price (the highest liquidates first as price falls), shorts by the price itself.
 *
 * <p>Closing a position does not touch the heap: entries are checked against the book when they reach the
 * top and dropped there if stale ("lazy deletion"), and the heap is rebuilt from the live entries when
 * stale ones outnumber them. Adding is O(log n), closing O(1), a crossing check amortised O(1).
 * Primitive arrays, grown only by doubling: no allocation in steady state.
 */
final class LiquidationHeap {
    static final int SLOT_BITS = 22;
    /** Largest slot index the packing can hold. */
    static final int MAX_SLOTS = 1 << SLOT_BITS;
    private static final long SLOT_MASK = MAX_SLOTS - 1;
    private static final long MAX_KEY = 1L << 40;

    private long[] entries;
    private int size;

    LiquidationHeap(int initialCapacity) {
        entries = new long[Math.max(16, initialCapacity)];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long topKey() {
        return entries[0] >> SLOT_BITS;
    }

    int topSlot() {
        return (int) (entries[0] & SLOT_MASK);
    }

    void add(int slot, long key) {
        if (key >= MAX_KEY || key <= -MAX_KEY || slot < 0 || slot >= MAX_SLOTS) {
            throw new IllegalStateException("liquidation key " + key + " or slot " + slot + " out of packing range");
        }
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        long packed = key << SLOT_BITS | slot;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (entries[parent] <= packed) {
                break;
            }
            entries[i] = entries[parent];
            i = parent;
        }
        entries[i] = packed;
    }

    /** Removes the top entry. */
    void poll() {
        long last = entries[--size];
        if (size > 0) {
            siftDown(0, last);
        }
    }

    /** Keeps only the entries {@code live} accepts and restores the heap order, O(n). */
    void retain(EntryFilter live) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            long e = entries[i];
            if (live.isLive((int) (e & SLOT_MASK), e >> SLOT_BITS)) {
                entries[kept++] = e;
            }
        }
        size = kept;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, entries[i]);
        }
    }

    private void siftDown(int i, long value) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && entries[child + 1] < entries[child]) {
                child++;
            }
            if (value <= entries[child]) {
                break;
            }
            entries[i] = entries[child];
            i = child;
        }
        entries[i] = value;
    }

    /** Tells whether a heap entry still stands for an open position. */
    @FunctionalInterface
    interface EntryFilter {
        boolean isLive(int slot, long key);
    }
}
