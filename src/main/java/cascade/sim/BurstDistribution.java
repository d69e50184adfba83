package cascade.sim;

import java.util.Arrays;
import java.util.Locale;

/** The liquidation bursts found by a {@link BurstDetector}: per burst its symbol, time span, size and USD. */
public final class BurstDistribution {
    private int[] instruments = new int[64];
    private long[] starts = new long[64];
    private long[] ends = new long[64];
    private int[] sizes = new int[64];
    private double[] usd = new double[64];
    private int count;

    void add(int instrument, long startMs, long endMs, int size, double usdAmount) {
        if (count == sizes.length) {
            int n = count * 2;
            instruments = Arrays.copyOf(instruments, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            sizes = Arrays.copyOf(sizes, n);
            usd = Arrays.copyOf(usd, n);
        }
        instruments[count] = instrument;
        starts[count] = startMs;
        ends[count] = endMs;
        sizes[count] = size;
        usd[count] = usdAmount;
        count++;
    }

    /** Number of bursts. */
    public int count() {
        return count;
    }

    public int instrument(int i) {
        return instruments[i];
    }

    public long startMs(int i) {
        return starts[i];
    }

    public long endMs(int i) {
        return ends[i];
    }

    /** Liquidations in burst i. */
    public int size(int i) {
        return sizes[i];
    }

    public double usd(int i) {
        return usd[i];
    }

    /** The largest burst size (liquidations) of an instrument that started in [fromMs, toMs); 0 if none. */
    public int largest(int instrument, long fromMs, long toMs) {
        int max = 0;
        for (int i = 0; i < count; i++) {
            if (instruments[i] == instrument && starts[i] >= fromMs && starts[i] < toMs) {
                max = Math.max(max, sizes[i]);
            }
        }
        return max;
    }

    /** The largest burst USD of an instrument that started in [fromMs, toMs); 0 if none. */
    public double largestUsd(int instrument, long fromMs, long toMs) {
        double max = 0;
        for (int i = 0; i < count; i++) {
            if (instruments[i] == instrument && starts[i] >= fromMs && starts[i] < toMs) {
                max = Math.max(max, usd[i]);
            }
        }
        return max;
    }

    /**
     * Bursts by size in powers of two: element k counts bursts of 2^k to 2^(k+1) − 1 liquidations (1, 2–3,
     * 4–7, …).
     */
    public long[] sizeHistogram() {
        long[] h = new long[32];
        int top = 0;
        for (int i = 0; i < count; i++) {
            int k = 31 - Integer.numberOfLeadingZeros(sizes[i]);
            h[k]++;
            top = Math.max(top, k);
        }
        return Arrays.copyOf(h, top + 1);
    }

    /** A markdown table of {@link #sizeHistogram()}: size range, bursts, share. */
    public String sizeTable() {
        long[] h = sizeHistogram();
        StringBuilder sb = new StringBuilder("| liquidations per burst | bursts | share |\n|---|---:|---:|\n");
        for (int k = 0; k < h.length; k++) {
            long lo = 1L << k;
            long hi = (1L << (k + 1)) - 1;
            String range = lo == hi ? Long.toString(lo) : lo + "–" + hi;
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.4f |%n", range, h[k], h[k] / (double) count));
        }
        return sb.toString();
    }
}
