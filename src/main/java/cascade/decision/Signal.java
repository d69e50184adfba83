package cascade.decision;

/**
 * The outcome of evaluating one mode's cards for one symbol at one cycle: the composite bias in [-1, 1]
 * (weighted score × confidence), the combined confidence, and whether the windows disagree.
 */
public final class Signal {
    public double composite;
    public double confidence;
    /** Weighted share of the directional readings that point the composite's way (1 when all agree). */
    public double agreement = 1;
    /** Some card reads bullish over one window and bearish over another: no new entries. */
    public boolean conflicted;
    /** The card whose weighted contribution is largest in magnitude (for the decision's reason). */
    public String leadingCard = "";
    /**
     * Direction of a liquidation pressure that a flip card sees decelerating or returning to neutral (+1
     * bullish pressure fading, −1 bearish), 0 when none: an exit warning for positions riding it.
     */
    public int deceleration;
    /** The direction is new: the previous cycle of this mode and symbol pointed elsewhere (or nowhere). */
    public boolean fresh;
    /** Why an entry in the signal's direction is not allowed (a gate), or null when it is. */
    public String entryBlocked;

    public int direction(double threshold) {
        if (composite >= threshold) {
            return 1;
        }
        if (composite <= -threshold) {
            return -1;
        }
        return 0;
    }
}
