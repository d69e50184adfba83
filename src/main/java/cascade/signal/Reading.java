package cascade.signal;

/**
 * What a card says about one symbol over one window at one moment. Mutable and reused: cards write into a
 * preallocated reading, decisions copy what they keep.
 * <ul>
 * <li>{@code score} in [-1, +1]: direction, + bullish</li>
 * <li>{@code strength} in [0, 1]: how far from neutral the underlying measure is</li>
 * <li>{@code confidence} in [0, 1]: how much data backs it; 0 means "no reading" and {@code note} says why</li>
 * </ul>
 */
public final class Reading {
    public double score;
    public double strength;
    public double confidence;
    /** The card's underlying measure (e.g. the ratio), NaN when none. */
    public double value = Double.NaN;
    /** Short static reason, e.g. "no liquidations", "ratio>0.8 vol 3.2x median". Never built per call on the hot path. */
    public String note = "";

    public Reading none(String why) {
        score = 0;
        strength = 0;
        confidence = 0;
        value = Double.NaN;
        note = why;
        return this;
    }

    public Reading set(double score, double strength, double confidence, double value, String note) {
        this.score = clamp(score, -1, 1);
        this.strength = clamp(strength, 0, 1);
        this.confidence = clamp(confidence, 0, 1);
        this.value = value;
        this.note = note;
        return this;
    }

    public boolean hasData() {
        return confidence > 0;
    }

    public void copyFrom(Reading o) {
        score = o.score;
        strength = o.strength;
        confidence = o.confidence;
        value = o.value;
        note = o.note;
    }

    private static double clamp(double v, double lo, double hi) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("reading component is NaN");
        }
        return v < lo ? lo : (v > hi ? hi : v);
    }

    @Override
    public String toString() {
        return String.format("Reading{score=%.4f, strength=%.4f, conf=%.4f, value=%.4f, '%s'}", score, strength,
                confidence, value, note);
    }
}
