package cascade.decision;

import cascade.strategy.FundingGateConfig;

import cascade.signal.FundingMeasure;
import cascade.state.SymbolState;

/**
 * Keeps new entries off the crowded side: no new long into extreme positive funding (longs paying a lot,
 * against their own history or absolutely), no new short into extreme negative funding. Entries on the
 * side that is being paid are always allowed, and so is everything when no funding is known. Extreme means
 * the rate is on the paying side and either its z-score reaches {@code maxZ} or the rate itself reaches
 * {@code maxAbsRate} (see {@link FundingGateConfig}; z-scores as in {@link FundingMeasure}).
 * Engine thread only: it keeps its measurement in a reused field.
 */
public final class FundingGate {
    private final FundingGateConfig config;
    private final FundingMeasure measure;

    public FundingGate(FundingGateConfig config) {
        this.config = config;
        this.measure = new FundingMeasure(config.history(), config.intervalHours() * 3_600_000L);
    }

    /** The gate's verdict on a new entry in {@code direction} (+1 long, −1 short) at event time {@code nowMs}. */
    public FundingVerdict check(SymbolState s, long nowMs, int direction) {
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException("direction must be +1 or -1, was " + direction);
        }
        FundingMeasure.Status status = measure.measure(s.funding, nowMs);
        if (status == FundingMeasure.Status.NO_DATA) {
            return FundingVerdict.ALLOWED_NO_DATA;
        }
        double paid = direction * measure.latest();
        double z = direction * measure.z();
        boolean extremeRate = config.maxAbsRate() > 0 && paid >= config.maxAbsRate();
        boolean extremeZ = config.maxZ() > 0 && z >= config.maxZ();
        if (paid > 0 && (extremeRate || extremeZ)) {
            return direction > 0 ? FundingVerdict.DENIED_CROWDED_LONGS : FundingVerdict.DENIED_CROWDED_SHORTS;
        }
        boolean zMissing = status == FundingMeasure.Status.SHORT_HISTORY && config.maxZ() > 0;
        return zMissing ? FundingVerdict.ALLOWED_SHORT_HISTORY : FundingVerdict.ALLOWED;
    }

    /**
     * True when a new entry in {@code direction} is allowed now, "now" being the event time of the symbol's
     * last price (its last bar close for bar data).
     */
    public boolean allowsEntry(SymbolState s, int direction) {
        return check(s, s.lastPriceTimeMs, direction).allowed();
    }
}
