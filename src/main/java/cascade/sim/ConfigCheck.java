package cascade.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a configuration so start-up fails once with all of them, each naming the key,
 * what is allowed and what was given.
 */
final class ConfigCheck {
    private final String prefix;
    private final List<String> problems;

    ConfigCheck(String prefix) {
        this(prefix, new ArrayList<>());
    }

    private ConfigCheck(String prefix, List<String> problems) {
        this.prefix = prefix;
        this.problems = problems;
    }

    /** A check whose keys are prefixed with {@code child.}; problems land in the same list. */
    ConfigCheck nested(String child) {
        return new ConfigCheck(prefix.isEmpty() ? child : prefix + "." + child, problems);
    }

    ConfigCheck range(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            fail(key, "must be in [" + min + ", " + max + "], was " + value);
        }
        return this;
    }

    ConfigCheck range(String key, long value, long min, long max) {
        if (value < min || value > max) {
            fail(key, "must be in [" + min + ", " + max + "], was " + value);
        }
        return this;
    }

    ConfigCheck positive(String key, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            fail(key, "must be a finite number > 0, was " + value);
        }
        return this;
    }

    ConfigCheck that(boolean ok, String key, String reason) {
        if (!ok) {
            fail(key, reason);
        }
        return this;
    }

    void fail(String key, String reason) {
        problems.add((prefix.isEmpty() ? key : prefix + "." + key) + ": " + reason);
    }

    List<String> problems() {
        return problems;
    }

    /** Throws one exception listing every problem, or returns when there is none. */
    void throwIfAny(String what) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid " + what + ": " + String.join("; ", problems));
        }
    }
}
