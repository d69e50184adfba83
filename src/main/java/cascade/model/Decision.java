package cascade.model;

import java.util.List;

/**
 * One decision cycle's outcome for one symbol and mode, kept so "why did it trade?" has an answer.
 *
 * @param action ENTER_LONG, ENTER_SHORT, EXIT, HOLD, FLAT, CONFLICTED …
 * @param composite the weighted composite bias in [-1, 1]
 * @param confidence combined confidence in [0, 1]
 * @param reason a short human reason
 */
public record Decision(long timeMs, String symbol, String mode, String action, double composite, double confidence,
        String reason, List<ReadingRecord> readings) {
}
