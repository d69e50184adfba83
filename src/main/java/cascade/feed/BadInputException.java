package cascade.feed;

/**
 * Malformed input, located precisely: file, line (1-based; 0 for a binary record offset) and field.
 * The message reads "FILE:LINE: field 'F': reason".
 */
public final class BadInputException extends RuntimeException {
    private final String file;
    private final long line;
    private final String field;
    private final String reason;

    public BadInputException(String file, long line, String field, String reason) {
        super(file + ":" + line + ": " + (field == null ? "" : "field '" + field + "': ") + reason);
        this.file = file;
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** @return the field (column) name, or null when the whole line is at fault */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
