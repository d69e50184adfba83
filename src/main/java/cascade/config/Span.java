package cascade.config;

/**
 * A length of event time written in configuration: "250ms", "30s", "5m", "1h", "1d", or a number of bars ("3bar",
 * "bar" = one bar). Bar spans resolve to milliseconds only once the data's bar length is known.
 */
public record Span(String text, long ms, int bars) {

    public static Span parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("bar")) {
            return new Span(text, 0, 1);
        }
        if (t.endsWith("bar") || t.endsWith("bars")) {
            String n = t.substring(0, t.indexOf('b'));
            return new Span(text, 0, count(text, n, 1));
        }
        if (t.length() < 2) {
            throw new IllegalArgumentException("'" + text + "' is not a span (use 250ms, 30s, 5m, 1h, 1d or 3bar)");
        }
        if (t.endsWith("ms")) {
            return new Span(text, count(text, t.substring(0, t.length() - 2), 0), 0);
        }
        char unit = t.charAt(t.length() - 1);
        long mult = switch (unit) {
            case 's' -> 1_000L;
            case 'm' -> 60_000L;
            case 'h' -> 3_600_000L;
            case 'd' -> 86_400_000L;
            default -> throw new IllegalArgumentException(
                    "'" + text + "' is not a span (use 250ms, 30s, 5m, 1h, 1d or 3bar)");
        };
        return new Span(text, count(text, t.substring(0, t.length() - 1), 0) * mult, 0);
    }

    /** Parses a span and reports a bad one against its configuration key. */
    public static Span parse(ConfigNode node, String key) {
        try {
            return parse(node.string(key));
        } catch (IllegalArgumentException e) {
            throw node.error(key, e.getMessage());
        }
    }

    public boolean isBars() {
        return bars > 0;
    }

    /** Milliseconds, resolving bar counts with the data's bar length. */
    public long resolve(long barMs) {
        if (!isBars()) {
            return ms;
        }
        if (barMs <= 0) {
            throw new IllegalArgumentException("'" + text + "' counts bars but the data has no bars");
        }
        return bars * barMs;
    }

    /** A span that must be longer than zero (cycles, windows, holding times). */
    public static Span parsePositive(ConfigNode node, String key) {
        Span s = parse(node, key);
        if (s.ms == 0 && s.bars == 0) {
            throw node.error(key, "must be longer than zero, was " + s.text);
        }
        return s;
    }

    private static int count(String text, String digits, int min) {
        try {
            int n = Integer.parseInt(digits.trim());
            if (n < min) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a span (use 250ms, 30s, 5m, 1h, 1d or 3bar)");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
