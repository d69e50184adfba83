package cascade.feed.csv;

import cascade.feed.BadInputException;
import cascade.feed.BadLinePolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;

/**
 * Applies a {@link BadLinePolicy} to bad lines: under FAIL it throws the located error; under SKIP it logs
 * the line once at WARN, counts it and keeps the first {@value #KEPT_MESSAGES} messages for the run report.
 */
final class BadLines {
    static final int KEPT_MESSAGES = 20;

    private final BadLinePolicy policy;
    private final Logger log;
    private final List<String> firstMessages = new ArrayList<>();
    private long count;

    BadLines(BadLinePolicy policy, Logger log) {
        this.policy = policy;
        this.log = log;
    }

    /** @throws BadInputException under {@link BadLinePolicy#FAIL} */
    void report(String file, long line, String field, String reason) {
        BadInputException error = new BadInputException(file, line, field, reason);
        if (policy == BadLinePolicy.FAIL) {
            throw error;
        }
        count++;
        log.warn("skipped bad line {}", error.getMessage());
        if (firstMessages.size() < KEPT_MESSAGES) {
            firstMessages.add(error.getMessage());
        }
    }

    long count() {
        return count;
    }

    List<String> firstMessages() {
        return Collections.unmodifiableList(firstMessages);
    }
}
