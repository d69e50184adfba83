package cascade.strategy;

import cascade.config.Span;

/**
 * How a mode leaves a position: a protective stop and a target as fractions of the entry price (placed
 * as reduce-only orders at the venue), a time limit, and optionally the opposite signal.
 */
public record ExitRules(double stopFraction, double targetFraction, Span maxHold, boolean onOppositeSignal) {
}
