package cascade.sim;

import cascade.market.Side;
import java.util.Arrays;

/**
 * The open leveraged positions of one symbol in preallocated parallel arrays (one slot per position),
 * with the liquidation prices of longs and shorts in two {@link LiquidationHeap}s so a crossing check is
 * amortised O(1) and opening O(log n). Open positions are also listed per leverage class, so a voluntary
 * close of a random position of a class is O(1). Keeps open interest (sum of open quantities) and the
 * long/short notional incrementally.
 */
final class PositionBook {
    /** Stale heap entries tolerated beyond the live ones before a rebuild. */
    private static final int REBUILD_SLACK = 1024;

    private final byte[] sides;
    private final long[] ids;
    private final long[] entries;
    private final long[] qtys;
    private final long[] liqPrices;
    private final long[] notionals;
    private final short[] leverages;
    private final byte[] classes;
    private final int[] freeSlots;
    private int freeCount;
    private final int[][] classSlots;
    private final int[] classCounts;
    private final int[] indexInClass;
    private int openCount;
    private final LiquidationHeap longs;
    private final LiquidationHeap shorts;
    private final LiquidationHeap.EntryFilter liveLong;
    private final LiquidationHeap.EntryFilter liveShort;
    private int openLongs;
    private int openShorts;
    private long nextId;
    private long openQty;
    private long longNotionalMicros;
    private long shortNotionalMicros;

    /** @param leverageClasses number of leverage classes (the leverage table's length) */
    PositionBook(int capacity, int leverageClasses) {
        sides = new byte[capacity];
        ids = new long[capacity];
        entries = new long[capacity];
        qtys = new long[capacity];
        liqPrices = new long[capacity];
        notionals = new long[capacity];
        leverages = new short[capacity];
        classes = new byte[capacity];
        freeSlots = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            freeSlots[i] = capacity - 1 - i;
        }
        freeCount = capacity;
        classSlots = new int[leverageClasses][64];
        classCounts = new int[leverageClasses];
        indexInClass = new int[capacity];
        if (capacity > LiquidationHeap.MAX_SLOTS) {
            throw new IllegalArgumentException("at most " + LiquidationHeap.MAX_SLOTS + " positions per symbol, asked "
                    + capacity);
        }
        longs = new LiquidationHeap(capacity / 2);
        shorts = new LiquidationHeap(capacity / 2);
        liveLong = (slot, key) -> sides[slot] > 0 && -key == liqPrices[slot];
        liveShort = (slot, key) -> sides[slot] < 0 && key == liqPrices[slot];
    }

    boolean isFull() {
        return freeCount == 0;
    }

    /** Opens a position and returns its slot; the caller checks {@link #isFull()} first. */
    int open(Side side, long entry, long qty, long liqPrice, int leverageClass, int leverage, long notionalMicros) {
        int slot = freeSlots[--freeCount];
        sides[slot] = (byte) side.sign;
        ids[slot] = nextId++;
        entries[slot] = entry;
        qtys[slot] = qty;
        liqPrices[slot] = liqPrice;
        notionals[slot] = notionalMicros;
        leverages[slot] = (short) leverage;
        classes[slot] = (byte) leverageClass;
        int[] list = classSlots[leverageClass];
        if (classCounts[leverageClass] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            classSlots[leverageClass] = list;
        }
        indexInClass[slot] = classCounts[leverageClass];
        list[classCounts[leverageClass]++] = slot;
        openCount++;
        openQty += qty;
        if (side == Side.BUY) {
            longs.add(slot, -liqPrice);
            longNotionalMicros += notionalMicros;
            openLongs++;
        } else {
            shorts.add(slot, liqPrice);
            shortNotionalMicros += notionalMicros;
            openShorts++;
        }
        return slot;
    }

    /**
     * Removes an open position (closed or liquidated); its fields other than the side stay readable until
     * the slot is reused. Its heap entry goes stale and is dropped when it reaches the top or at the next
     * rebuild.
     */
    void remove(int slot) {
        int c = classes[slot];
        int[] list = classSlots[c];
        int last = list[--classCounts[c]];
        int at = indexInClass[slot];
        list[at] = last;
        indexInClass[last] = at;
        openCount--;
        openQty -= qtys[slot];
        if (sides[slot] > 0) {
            longNotionalMicros -= notionals[slot];
            openLongs--;
        } else {
            shortNotionalMicros -= notionals[slot];
            openShorts--;
        }
        sides[slot] = 0;
        freeSlots[freeCount++] = slot;
        if (longs.size() > 2 * openLongs + REBUILD_SLACK) {
            longs.retain(liveLong);
        }
        if (shorts.size() > 2 * openShorts + REBUILD_SLACK) {
            shorts.retain(liveShort);
        }
    }

    /** @return the open long with the highest liquidation price at or above {@code price}, or -1 */
    int crossedLong(long price) {
        while (!longs.isEmpty() && -longs.topKey() >= price) {
            int slot = longs.topSlot();
            if (liveLong.isLive(slot, longs.topKey())) {
                return slot;
            }
            longs.poll();
        }
        return -1;
    }

    /** @return the open short with the lowest liquidation price at or below {@code price}, or -1 */
    int crossedShort(long price) {
        while (!shorts.isEmpty() && shorts.topKey() <= price) {
            int slot = shorts.topSlot();
            if (liveShort.isLive(slot, shorts.topKey())) {
                return slot;
            }
            shorts.poll();
        }
        return -1;
    }

    int openCount() {
        return openCount;
    }

    int leverageClasses() {
        return classCounts.length;
    }

    /** Open positions in a leverage class. */
    int classCount(int leverageClass) {
        return classCounts[leverageClass];
    }

    /** The slot of the i-th open position of a class (0 ≤ i < classCount), in no particular order. */
    int classSlot(int leverageClass, int i) {
        return classSlots[leverageClass][i];
    }

    /** BUY for an open long, SELL for an open short (undefined once removed). */
    Side side(int slot) {
        return sides[slot] > 0 ? Side.BUY : Side.SELL;
    }

    long id(int slot) {
        return ids[slot];
    }

    long entry(int slot) {
        return entries[slot];
    }

    long qty(int slot) {
        return qtys[slot];
    }

    long liqPrice(int slot) {
        return liqPrices[slot];
    }

    long notionalMicros(int slot) {
        return notionals[slot];
    }

    int leverage(int slot) {
        return leverages[slot];
    }

    /** Open interest: the sum of the quantities of all open positions, instrument units. */
    long openQty() {
        return openQty;
    }

    /** (long − short)/(long + short) entry notional in [-1, 1]; 0 when nothing is open. */
    double crowding() {
        long total = longNotionalMicros + shortNotionalMicros;
        return total == 0 ? 0 : (longNotionalMicros - shortNotionalMicros) / (double) total;
    }
}
