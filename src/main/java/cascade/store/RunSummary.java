package cascade.store;

import java.util.Optional;

/**
 * One line of {@code cascade runs list}: the run's row, its details when it finished with a report, and the
 * headline metrics (NaN when not recorded).
 */
public record RunSummary(StoredRun run, Optional<RunDetails> details, double totalReturn, double sharpe,
        double trades) {
}
