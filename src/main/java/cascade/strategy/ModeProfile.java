package cascade.strategy;

import cascade.config.Span;
import java.util.List;

/**
 * One decision mode (bar, scalp, day, swing): how often it decides, over which windows its cards read,
 * the cards with their weights, the composite level that triggers an entry, and its exit rules.
 *
 * @param cycle "bar" (a decision at each bar close) or a time span such as 30s
 * @param entryThreshold |composite bias| at or above which a flat mode enters
 * @param fundingGate no new entry on the side that pays extreme funding; null when the profile has none
 * @param entryOnTransition enter only when the signal's direction is new (the previous cycle pointed
 *     elsewhere), not on a signal that has persisted while the mode stood aside
 */
public record ModeProfile(String name, Span cycle, List<Span> windows, List<CardSpec> cards, double entryThreshold,
        ExitRules exit, FundingGateConfig fundingGate, boolean entryOnTransition) {

    public boolean isBarCycle() {
        return cycle.isBars();
    }
}
