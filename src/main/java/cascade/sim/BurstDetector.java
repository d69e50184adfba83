package cascade.sim;

import cascade.market.EventType;
import cascade.market.Fixed;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.util.Arrays;

/**
 * Groups each symbol's liquidations into bursts: consecutive liquidations less than {@code gapMs} apart
 * belong to one burst. A cascade shows up as a large burst; the distribution of burst sizes shows whether
 * liquidations feed on themselves (heavy tail) or arrive independently (geometric).
 */
public final class BurstDetector implements EventSink {
    private final Instruments instruments;
    private final long gapMs;
    private final BurstDistribution bursts = new BurstDistribution();
    private long[] lastMs = new long[0];
    private long[] startMs = new long[0];
    private int[] counts = new int[0];
    private double[] usd = new double[0];

    public BurstDetector(Instruments instruments, long gapMs) {
        if (gapMs <= 0) {
            throw new IllegalArgumentException("burst gap must be > 0 ms, was " + gapMs);
        }
        this.instruments = instruments;
        this.gapMs = gapMs;
    }

    @Override
    public void accept(MarketEvent e) {
        if (e.type != EventType.LIQUIDATION) {
            return;
        }
        int i = e.instrument;
        if (i >= counts.length) {
            grow(i + 1);
        }
        if (counts[i] > 0 && e.timeMs - lastMs[i] >= gapMs) {
            close(i);
        }
        if (counts[i] == 0) {
            startMs[i] = e.timeMs;
        }
        counts[i]++;
        usd[i] += Fixed.usd(Fixed.notionalUsd(e.qty, e.price, instruments.get(i)));
        lastMs[i] = e.timeMs;
    }

    /** Closes the open bursts and returns every burst seen. */
    public BurstDistribution finish() {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                close(i);
            }
        }
        return bursts;
    }

    private void close(int i) {
        bursts.add(i, startMs[i], lastMs[i], counts[i], usd[i]);
        counts[i] = 0;
        usd[i] = 0;
    }

    private void grow(int n) {
        lastMs = Arrays.copyOf(lastMs, n);
        startMs = Arrays.copyOf(startMs, n);
        counts = Arrays.copyOf(counts, n);
        usd = Arrays.copyOf(usd, n);
    }
}
