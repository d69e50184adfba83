package cascade.strategy;

import cascade.config.Span;

/**
 * How a mode leaves a position: a protective stop and a target as fractions of the entry price (placed
 * as reduce-only orders at the venue), a time limit, and optionally the opposite signal.
 * <p>
 * Stops widen as confidence falls: stop = stopFraction × (1 + stopWidening × (1 − confidence)), so a
 * confirmed signal (confidence 1) gets the tight stop and, because size is risk ÷ stop × confidence, a
 * weak one gets both a wider stop and a smaller size. The target keeps its ratio to the stop.
 * <p>
 * {@code onDeceleration}: leave when a flip card sees the liquidation pressure that favours the position
 * losing magnitude window after window, or back at balance (the move is running out of fuel).
 * <p>
 * {@code useClusters}: move stop and target to the nearest clusters of the estimated liquidation map
 * ({@link cascade.risk.BracketPlanner}).
 */
public record ExitRules(double stopFraction, double targetFraction, Span maxHold, boolean onOppositeSignal,
        double stopWidening, boolean onDeceleration, boolean useClusters) {

    /** The stop distance for an entry of the given confidence. */
    public double stopFor(double confidence) {
        return stopFraction * (1 + stopWidening * (1 - Math.max(0, Math.min(1, confidence))));
    }

    /** The target distance for an entry of the given confidence (same reward-to-risk as the base). */
    public double targetFor(double confidence) {
        return targetFraction * stopFor(confidence) / stopFraction;
    }
}
