package cascade.signal;

import cascade.state.SampleHistory;

/**
 * Measures the latest settled funding rate against the settlements before it, for {@link FundingCard} and
 * the decision layer's funding gate. Rates are fractions per funding interval, so they compare across
 * symbols as they are.
 * <p>
 * The history is read by stepping back one funding interval at a time: settlement i is the rate in force
 * at {@code now − i·interval}. That takes each settlement once whether the source repeats it at every bar
 * close (bar files) or sends it once (event data), and it keeps two equal settlements in a row apart.
 * z = (latest − mean) / max(sd, {@link #SD_FLOOR}) with the mean and population standard deviation of the
 * previous {@code settlements} rates. The floor keeps a stretch of identical rates (funding pinned at the
 * default 0.01 %) from making every small move look infinite.
 * <p>
 * Holds the last result in fields (one instance per user, engine thread only), so measuring never allocates.
 */
public final class FundingMeasure {
    /** Smallest standard deviation used: 0.001 % per interval, a tenth of Binance's default rate. */
    public static final double SD_FLOOR = 0.00001;

    /** What a measurement found. */
    public enum Status {
        /** {@link #latest()} and {@link #z()} are set. */
        MEASURED,
        /** No funding rate known at that time. */
        NO_DATA,
        /** Only {@link #latest()} is set: fewer settlements kept than the history needs. */
        SHORT_HISTORY
    }

    private final int settlements;
    private final long intervalMs;
    private double latest = Double.NaN;
    private double z = Double.NaN;

    /**
     * @param settlements how many previous settlements the latest is compared with (at least 2)
     * @param intervalMs the funding interval, e.g. 8 h
     */
    public FundingMeasure(int settlements, long intervalMs) {
        if (settlements < 2 || intervalMs <= 0) {
            throw new IllegalArgumentException("need at least 2 settlements and a positive interval");
        }
        this.settlements = settlements;
        this.intervalMs = intervalMs;
    }

    /** Measures the funding known at event time {@code nowMs}. */
    public Status measure(SampleHistory funding, long nowMs) {
        latest = funding.valueAt(nowMs);
        z = Double.NaN;
        if (Double.isNaN(latest)) {
            return Status.NO_DATA;
        }
        if (funding.indexAt(nowMs - settlements * intervalMs) < 0) {
            return Status.SHORT_HISTORY;
        }
        double sum = 0;
        for (int i = 1; i <= settlements; i++) {
            sum += funding.valueAt(nowMs - i * intervalMs);
        }
        double mean = sum / settlements;
        double squares = 0;
        for (int i = 1; i <= settlements; i++) {
            double d = funding.valueAt(nowMs - i * intervalMs) - mean;
            squares += d * d;
        }
        z = (latest - mean) / Math.max(Math.sqrt(squares / settlements), SD_FLOOR);
        return Status.MEASURED;
    }

    /** The latest settled rate (fraction per interval); NaN when there was no data. */
    public double latest() {
        return latest;
    }

    /** The latest rate's z-score against the previous settlements; NaN unless {@link Status#MEASURED}. */
    public double z() {
        return z;
    }
}
