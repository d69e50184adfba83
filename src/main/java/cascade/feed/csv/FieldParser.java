package cascade.feed.csv;

import cascade.market.Fixed;

/**
 * Reads typed values from the fields of one CSV line. Bad input is an expected outcome here, so instead of
 * throwing it remembers the first problem (field name and reason); the reader turns that into a located
 * {@link cascade.feed.BadInputException} or skips the line by policy. After a problem, further calls return
 * placeholders and keep the first problem.
 */
final class FieldParser {
    private String[] fields;
    private String problemField;
    private String problemReason;

    void reset(String[] lineFields) {
        this.fields = lineFields;
        this.problemField = null;
        this.problemReason = null;
    }

    boolean ok() {
        return problemReason == null;
    }

    /** @return the field at fault, or null when the whole line is */
    String problemField() {
        return problemField;
    }

    String problemReason() {
        return problemReason;
    }

    /** Records a problem unless an earlier one is already recorded. */
    void reject(String field, String reason) {
        if (ok()) {
            problemField = field;
            problemReason = reason;
        }
    }

    String text(int index) {
        return fields[index].trim();
    }

    /** A required decimal in units of 10^-scale. */
    long decimal(int index, String name, int scale) {
        String s = text(index);
        if (s.isEmpty()) {
            reject(name, "missing value");
            return 0;
        }
        return parse(s, name, scale);
    }

    /** An optional decimal: {@link Fixed#UNKNOWN} when the column is absent (index &lt; 0) or blank. */
    long optionalDecimal(int index, String name, int scale) {
        if (index < 0 || text(index).isEmpty()) {
            return Fixed.UNKNOWN;
        }
        return parse(text(index), name, scale);
    }

    /** A required whole number such as epoch milliseconds. */
    long integer(int index, String name) {
        String s = text(index);
        if (s.isEmpty()) {
            reject(name, "missing value");
            return 0;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            reject(name, "not an integer: '" + s + "'");
            return 0;
        }
    }

    void requirePositive(long value, int index, String name) {
        if (ok() && value <= 0) {
            reject(name, "must be positive: '" + text(index) + "'");
        }
    }

    /** Accepts {@link Fixed#UNKNOWN}: an unknown optional value is not negative data. */
    void requireNotNegative(long value, int index, String name) {
        if (ok() && value != Fixed.UNKNOWN && value < 0) {
            reject(name, "must not be negative: '" + text(index) + "'");
        }
    }

    private long parse(String s, String name, int scale) {
        try {
            return Fixed.parse(s, scale);
        } catch (NumberFormatException e) {
            reject(name, e.getMessage());
            return 0;
        }
    }
}
