package cascade.sim;

import cascade.market.EventType;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.Arrays;

/**
 * The events of one simulation step for all symbols, in primitive parallel arrays, put in time order by a
 * stable counting sort on the millisecond offset within the step (ties keep insertion order, so the order
 * is deterministic). Arrays grow by doubling when a cascade overflows them and are reused afterwards:
 * allocation-free in steady state.
 */
final class StepEventBuffer {
    private static final byte LIQUIDATION = EventType.LIQUIDATION.code;
    private static final byte TRADE = EventType.TRADE.code;
    private static final byte MARK = EventType.MARK_PRICE.code;
    private static final byte OPEN_INTEREST = EventType.OPEN_INTEREST.code;
    private static final byte FUNDING = EventType.FUNDING.code;

    private static final int INSERTION_SORT_LIMIT = 48;

    private byte[] types = new byte[1024];
    private int[] instruments = new int[1024];
    private int[] offsets = new int[1024];
    private long[] prices = new long[1024];
    private long[] qtys = new long[1024];
    private byte[] sides = new byte[1024];
    private int[] order = new int[1024];
    private int[] counts;
    private long baseMs;
    private int spanMs;
    private int size;

    StepEventBuffer(int spanMs) {
        this.counts = new int[spanMs + 1];
    }

    /** Empties the buffer for events in [baseMs, baseMs + spanMs). */
    void reset(long baseMs, int spanMs) {
        this.baseMs = baseMs;
        this.spanMs = spanMs;
        size = 0;
    }

    int size() {
        return size;
    }

    void addLiquidation(int instrument, int offsetMs, Side forcedSide, long price, long qty) {
        add(LIQUIDATION, instrument, offsetMs, price, qty, forcedSide.sign);
    }

    void addTrade(int instrument, int offsetMs, Side takerSide, long price, long qty) {
        add(TRADE, instrument, offsetMs, price, qty, takerSide.sign);
    }

    void addMark(int instrument, long price) {
        add(MARK, instrument, 0, price, 0, 0);
    }

    /** Open interest in {@link MarketEvent#OI_SCALE} units, carried in the price column. */
    void addOpenInterest(int instrument, long openInterest) {
        add(OPEN_INTEREST, instrument, 0, openInterest, 0, 0);
    }

    /** A funding settlement at the step's base time, rate in RATE_SCALE, carried in the price column. */
    void addFunding(int instrument, long rate) {
        add(FUNDING, instrument, 0, rate, 0, 0);
    }

    private void add(byte type, int instrument, int offsetMs, long price, long qty, int side) {
        if (size == types.length) {
            grow();
        }
        types[size] = type;
        instruments[size] = instrument;
        offsets[size] = offsetMs;
        prices[size] = price;
        qtys[size] = qty;
        sides[size] = (byte) side;
        size++;
    }

    /** Orders the events by time offset, stable: insertion sort when few, counting sort otherwise. */
    void sort() {
        if (size < INSERTION_SORT_LIMIT) {
            insertionSort();
        } else {
            countingSort();
        }
    }

    private void insertionSort() {
        for (int i = 0; i < size; i++) {
            int k = i;
            while (k > 0 && offsets[order[k - 1]] > offsets[i]) {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = i;
        }
    }

    private void countingSort() {
        if (counts.length < spanMs + 1) {
            counts = new int[spanMs + 1];
        }
        Arrays.fill(counts, 0, spanMs + 1, 0);
        for (int i = 0; i < size; i++) {
            counts[offsets[i] + 1]++;
        }
        for (int t = 1; t <= spanMs; t++) {
            counts[t] += counts[t - 1];
        }
        for (int i = 0; i < size; i++) {
            order[counts[offsets[i]]++] = i;
        }
    }

    /** Fills {@code into} with the k-th event in time order (after {@link #sort()}). */
    void read(int k, MarketEvent into) {
        int i = order[k];
        long time = baseMs + offsets[i];
        byte type = types[i];
        if (type == TRADE) {
            into.trade(instruments[i], time, Side.ofCode(sides[i]), prices[i], qtys[i]);
        } else if (type == LIQUIDATION) {
            into.liquidation(instruments[i], time, Side.ofCode(sides[i]), prices[i], qtys[i]);
        } else if (type == MARK) {
            into.markPrice(instruments[i], time, prices[i]);
        } else if (type == OPEN_INTEREST) {
            into.openInterest(instruments[i], time, prices[i]);
        } else if (type == FUNDING) {
            into.funding(instruments[i], time, prices[i], time);
        } else {
            throw new IllegalStateException("unknown buffered event type " + type);
        }
    }

    private void grow() {
        int n = types.length * 2;
        types = Arrays.copyOf(types, n);
        instruments = Arrays.copyOf(instruments, n);
        offsets = Arrays.copyOf(offsets, n);
        prices = Arrays.copyOf(prices, n);
        qtys = Arrays.copyOf(qtys, n);
        sides = Arrays.copyOf(sides, n);
        order = Arrays.copyOf(order, n);
    }
}
