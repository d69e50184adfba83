package cascade.report;

import java.util.Arrays;

/** A growable time series of doubles (event time ms → value), appended in time order. */
public final class Series {
    private final String name;
    private long[] times = new long[256];
    private double[] values = new double[256];
    private int size;

    public Series(String name) {
        this.name = name;
    }

    public void add(long timeMs, double value) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = timeMs;
        values[size] = value;
        size++;
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    public double last() {
        return values[size - 1];
    }

    public long[] times() {
        return Arrays.copyOf(times, size);
    }

    public double[] values() {
        return Arrays.copyOf(values, size);
    }
}
