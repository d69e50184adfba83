package cascade.decision;

import cascade.model.Decision;

/**
 * Something that learns from decision cycles as they happen (the weight tuner): told every decision, with
 * the symbol's last traded price at its time, on the decision thread right after the decision is made.
 * It may set the mode's weights ({@link ModeRunner#setWeights}); they apply from the next cycle.
 */
public interface CycleLearner {
    /** Before a cycle's evaluation (e.g. to install stored starting weights for a symbol seen first). */
    default void beforeCycle(ModeRunner mode, int instrument, String symbol) {
    }

    void onCycle(ModeRunner mode, int instrument, double price, Decision decision);
}
