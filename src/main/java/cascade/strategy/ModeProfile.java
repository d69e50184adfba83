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
 * @param learnHorizon how far ahead the weight tuner measures each decision's outcome ({@code learn:
 *     {horizon: 5m}}; bars for bar modes); null when the profile sets none (the tuner then uses maxHold)
 */
public record ModeProfile(String name, Span cycle, List<Span> windows, List<CardSpec> cards, double entryThreshold,
        ExitRules exit, FundingGateConfig fundingGate, boolean entryOnTransition, Span learnHorizon) {

    /** A mode without a learning horizon of its own. */
    public ModeProfile(String name, Span cycle, List<Span> windows, List<CardSpec> cards, double entryThreshold,
            ExitRules exit, FundingGateConfig fundingGate, boolean entryOnTransition) {
        this(name, cycle, windows, cards, entryThreshold, exit, fundingGate, entryOnTransition, null);
    }

    /** The outcome horizon of the weight tuner: the profile's {@code learn.horizon}, else the exit's maxHold. */
    public Span outcomeHorizon() {
        return learnHorizon != null ? learnHorizon : exit.maxHold();
    }

    public boolean isBarCycle() {
        return cycle.isBars();
    }
}
