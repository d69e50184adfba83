package cascade.store;

import java.util.Map;

/**
 * A run's metrics by name, sorted by name; NaN where a metric was undefined.
 *
 * @param strategy the strategy's metrics
 * @param buyHold buy-and-hold of the primary instrument over the same period
 */
public record RunMetrics(Map<String, Double> strategy, Map<String, Double> buyHold) {
}
