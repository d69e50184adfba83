package cascade.learn;

/**
 * The published weights of a symbol and mode changed at a label: one row of the weights' history.
 *
 * @param outcomes labelled outcomes of the symbol and mode so far
 * @param weights the new weights (profile scale, cards in profile order)
 */
public record WeightChange(long timeMs, String symbol, String mode, long outcomes, double[] weights) {
}
