package cascade.store;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts records that could not be stored, by kind, and logs them: the first {@value #LOGGED_IN_FULL} in
 * full, after that one line per power of ten so a broken database cannot flood the log. Nothing is
 * dropped without being counted here.
 */
final class WriteErrors {
    static final int LOGGED_IN_FULL = 20;
    private static final Logger LOG = LoggerFactory.getLogger(WriteErrors.class);

    private final long runId;
    private final AtomicLong total = new AtomicLong();
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();

    WriteErrors(long runId) {
        this.runId = runId;
    }

    void record(String kind, String what, Throwable cause) {
        long n = total.incrementAndGet();
        byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        if (n <= LOGGED_IN_FULL) {
            LOG.error("run {}: {} not stored ({}): {}", runId, kind, what, cause == null ? "" : cause.toString());
        } else if (isPowerOfTen(n)) {
            LOG.error("run {}: {} records not stored so far ({})", runId, n, summary());
        }
    }

    long total() {
        return total.get();
    }

    /** Counts by kind, sorted by kind. */
    Map<String, Long> byKind() {
        Map<String, Long> counts = new TreeMap<>();
        byKind.forEach((kind, count) -> counts.put(kind, count.sum()));
        return counts;
    }

    /** "fill=2, trade=1" */
    String summary() {
        StringBuilder s = new StringBuilder();
        byKind().forEach((kind, count) -> s.append(s.length() == 0 ? "" : ", ").append(kind).append('=').append(count));
        return s.toString();
    }

    private static boolean isPowerOfTen(long n) {
        while (n >= 10 && n % 10 == 0) {
            n /= 10;
        }
        return n == 1;
    }
}
