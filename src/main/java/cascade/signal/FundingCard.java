package cascade.signal;

import cascade.state.SymbolState;

/**
 * Funding extremes: who is crowded. Perpetual funding makes the side with more demand pay the other, so
 * a funding rate far above its own recent history means longs are crowded (and vulnerable to a flush),
 * far below means shorts are. The card is contrarian: crowded longs read bearish, crowded shorts bullish.
 * <p>
 * z = the latest settled rate's z-score against the previous {@code history} settlements, taken every
 * {@code intervalHours} (see {@link FundingMeasure}). Crowded longs: z ≥ {@code extremeZ} with a positive
 * rate (longs actually paying); crowded shorts: z ≤ −{@code extremeZ} with a negative rate. Score =
 * ∓min(1, |z| / (2·extremeZ)), i.e. ∓0.5 at the threshold and ∓1 at twice it; otherwise 0. Strength =
 * min(1, |z| / (2·extremeZ)), value = z. Funding is one number per settlement, so every window gets the
 * same reading. No funding known (blank in bar files before it exists) or fewer than {@code history}
 * settlements give no reading.
 */
public final class FundingCard implements Card {
    public static final String NAME = "funding";

    private final double extremeZ;
    private final FundingMeasure measure;

    /**
     * @param history previous settlements the latest rate is compared with
     * @param extremeZ |z| at or above which a side counts as crowded
     * @param intervalHours the funding interval (8 on most Binance perpetuals)
     */
    public FundingCard(int history, double extremeZ, int intervalHours) {
        if (!(extremeZ > 0) || intervalHours < 1) {
            throw new IllegalArgumentException("need extremeZ > 0 and intervalHours >= 1");
        }
        this.extremeZ = extremeZ;
        this.measure = new FundingMeasure(history, intervalHours * 3_600_000L);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void evaluate(SymbolState s, long nowMs, Window w, Reading out) {
        switch (measure.measure(s.funding, nowMs)) {
            case NO_DATA -> out.none("no funding data");
            case SHORT_HISTORY -> out.none("warming up: funding history too short");
            case MEASURED -> read(measure.latest(), measure.z(), out);
        }
    }

    private void read(double rate, double z, Reading out) {
        double strength = Math.min(1, Math.abs(z) / (2 * extremeZ));
        if (z >= extremeZ && rate > 0) {
            out.set(-strength, strength, 1, z, "crowded longs");
        } else if (z <= -extremeZ && rate < 0) {
            out.set(strength, strength, 1, z, "crowded shorts");
        } else {
            out.set(0, strength, 1, z, "funding not extreme");
        }
    }
}
