package cascade.learn;

import cascade.model.Action;

/**
 * One decision's outcome, known once its horizon has passed in event time.
 *
 * @param decisionId the decision labelled
 * @param decisionTimeMs when it was decided
 * @param labelTimeMs the first cycle of its symbol and mode at or after decisionTimeMs + horizon: the label
 *     exists from then on and uses no price after it
 * @param entryPrice the symbol's last price at the decision
 * @param exitPrice the last price at labelTimeMs
 * @param forwardReturn exitPrice / entryPrice − 1
 * @param cardSignals per card of the mode (profile order): score × confidence averaged over the windows
 * @param action what the decision did (traded decisions get their realised result joined by id)
 */
public record OutcomeLabel(long decisionId, String symbol, String mode, long decisionTimeMs, long labelTimeMs,
        double entryPrice, double exitPrice, double forwardReturn, double[] cardSignals, Action action) {
}
