package cascade.report;

import cascade.model.Decision;
import cascade.model.RunObserver;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts decisions by mode and action (ENTER_LONG, CONFLICTED, DENIED …) for the report's counters; the
 * store keeps each decision with its readings for the "why".
 */
public final class DecisionTally implements RunObserver {
    private final Map<String, Long> counts = new TreeMap<>();

    @Override
    public void onDecision(Decision d) {
        counts.merge("decisions." + d.mode() + "." + d.action(), 1L, Long::sum);
    }

    /** Counts by "decisions.MODE.ACTION", sorted. */
    public Map<String, Long> counts() {
        return counts;
    }
}
