package cascade.state;

/**
 * The most recent (time, value) samples of one measure (open interest, price closes, funding), in a
 * ring. Looks up the value as of a time for change-over-window calculations.
 */
public final class SampleHistory {
    private final long[] times;
    private final double[] values;
    private int size;
    private int head;

    public SampleHistory(int capacity) {
        times = new long[capacity];
        values = new double[capacity];
    }

    public void add(long timeMs, double value) {
        int slot = (head + size) % times.length;
        if (size == times.length) {
            head = (head + 1) % times.length;
            slot = (head + size - 1) % times.length;
        } else {
            size++;
        }
        times[slot] = timeMs;
        values[slot] = value;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** i = 0 is the oldest kept sample. */
    public double value(int i) {
        return values[(head + i) % times.length];
    }

    public long time(int i) {
        return times[(head + i) % times.length];
    }

    public double latest() {
        return value(size - 1);
    }

    public long latestTime() {
        return time(size - 1);
    }

    /**
     * The last value at or before {@code timeMs}, or NaN when no kept sample is that old.
     */
    public double valueAt(long timeMs) {
        int i = indexAt(timeMs);
        return i < 0 ? Double.NaN : value(i);
    }

    /**
     * The index (0 = oldest kept) of the last sample at or before {@code timeMs}, or -1 when no kept sample
     * is that old. Two times with the same index saw no new sample in between.
     */
    public int indexAt(long timeMs) {
        for (int i = size - 1; i >= 0; i--) {
            if (time(i) <= timeMs) {
                return i;
            }
        }
        return -1;
    }
}
