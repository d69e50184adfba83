package cascade.feed.csv;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Drops exact duplicate lines, which some recorders write when they reconnect. Memory stays bounded: a line
 * is remembered only while its trade time is within {@code horizonMs} of the latest trade time seen, so the
 * set holds at most the lines of the busiest horizon.
 */
final class DuplicateLineFilter {
    private record Seen(String line, long timeMs) {
    }

    private final long horizonMs;
    private final Set<String> recent = new HashSet<>();
    private final ArrayDeque<Seen> arrivalOrder = new ArrayDeque<>();
    private long latestMs = Long.MIN_VALUE;

    DuplicateLineFilter(long horizonMs) {
        this.horizonMs = horizonMs;
    }

    /** @return true when the same line was seen within the horizon (drop it); otherwise remembers it */
    boolean isDuplicate(String line, long timeMs) {
        latestMs = Math.max(latestMs, timeMs);
        forgetOlderThan(latestMs - horizonMs);
        if (!recent.add(line)) {
            return true;
        }
        arrivalOrder.addLast(new Seen(line, timeMs));
        return false;
    }

    /** How many lines are remembered now. */
    int remembered() {
        return recent.size();
    }

    private void forgetOlderThan(long cutoffMs) {
        while (!arrivalOrder.isEmpty() && arrivalOrder.peekFirst().timeMs() < cutoffMs) {
            recent.remove(arrivalOrder.pollFirst().line());
        }
    }
}
