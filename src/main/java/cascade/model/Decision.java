package cascade.model;

import java.util.List;

/**
 * One decision cycle's outcome for one symbol and mode, kept so "why did it trade?" has an answer.
 *
 * @param id the run-local decision id; the orders a decision sent carry it (join decision → orders →
 *     fills → trade)
 * @param composite the weighted composite bias in [-1, 1]
 * @param confidence combined confidence in [0, 1]
 * @param reason a short human reason: the leading card, or the check that refused an entry
 */
public record Decision(long id, long timeMs, String symbol, String mode, Action action, double composite,
        double confidence, String reason, List<ReadingRecord> readings) {
}
