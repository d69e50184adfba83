package cascade.state;

/**
 * Liquidated USD per side in fixed-width time buckets, kept in a ring so any window that is a multiple of
 * the bucket width can be summed. Bucket {@code i} covers event time {@code [i*width, (i+1)*width)}.
 * Buckets older than the capacity are recycled; a window reaching past the oldest kept bucket is
 * reported as not {@link #covers covered}.
 */
public final class LiquidationBuckets {
    private final long widthMs;
    private final double[] longUsd;
    private final double[] shortUsd;
    private final long[] bucketIndex;
    /** Index of the first bucket ever touched; windows before it have no data. */
    private long firstIndex = Long.MIN_VALUE;

    public LiquidationBuckets(long widthMs, int capacity) {
        if (widthMs <= 0 || capacity <= 0) {
            throw new IllegalArgumentException("bucket width and capacity must be positive");
        }
        this.widthMs = widthMs;
        this.longUsd = new double[capacity];
        this.shortUsd = new double[capacity];
        this.bucketIndex = new long[capacity];
        java.util.Arrays.fill(bucketIndex, Long.MIN_VALUE);
    }

    public long widthMs() {
        return widthMs;
    }

    /** Marks that data collection started at this time, so empty buckets afterwards count as zero volume. */
    public void start(long timeMs) {
        if (firstIndex == Long.MIN_VALUE) {
            firstIndex = Math.floorDiv(timeMs, widthMs);
        }
    }

    /** Adds liquidated USD at an event time. Out-of-order adds into recycled buckets are ignored. */
    public void add(long timeMs, double longLiquidatedUsd, double shortLiquidatedUsd) {
        long idx = Math.floorDiv(timeMs, widthMs);
        start(timeMs);
        int slot = slot(idx);
        if (bucketIndex[slot] != idx) {
            if (bucketIndex[slot] > idx) {
                return;
            }
            bucketIndex[slot] = idx;
            longUsd[slot] = 0;
            shortUsd[slot] = 0;
        }
        longUsd[slot] += longLiquidatedUsd;
        shortUsd[slot] += shortLiquidatedUsd;
    }

    /**
     * True when every bucket of the window {@code [endMs - windowMs, endMs)} lies after the start of data
     * and is still kept in the ring.
     */
    public boolean covers(long endMs, long windowMs) {
        if (firstIndex == Long.MIN_VALUE) {
            return false;
        }
        long end = Math.floorDiv(endMs, widthMs);
        long n = windowMs / widthMs;
        return end - n >= firstIndex && n <= longUsd.length;
    }

    /** Long-liquidated USD in {@code [endMs - windowMs, endMs)}. */
    public double longUsd(long endMs, long windowMs) {
        return sum(longUsd, endMs, windowMs);
    }

    /** Short-liquidated USD in {@code [endMs - windowMs, endMs)}. */
    public double shortUsd(long endMs, long windowMs) {
        return sum(shortUsd, endMs, windowMs);
    }

    private double sum(double[] values, long endMs, long windowMs) {
        long end = Math.floorDiv(endMs, widthMs);
        long n = Math.min(windowMs / widthMs, values.length);
        double total = 0;
        for (long idx = end - n; idx < end; idx++) {
            int slot = slot(idx);
            if (bucketIndex[slot] == idx) {
                total += values[slot];
            }
        }
        return total;
    }

    private int slot(long idx) {
        return (int) Math.floorMod(idx, (long) longUsd.length);
    }
}
