package cascade.feed.csv;

import cascade.feed.BadInputException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each column of a bar CSV sits, found by header name so files may reorder columns, add unknown ones,
 * or omit the optional ones (their index is -1).
 *
 * @param count the number of header fields; every data line must have exactly as many
 */
record BarColumns(int count, int openTime, int open, int high, int low, int close, int liqLong, int liqShort,
        int volume, int openInterest, int funding) {

    static final String OPEN_TIME = "open_time_ms";
    static final String OPEN = "open";
    static final String HIGH = "high";
    static final String LOW = "low";
    static final String CLOSE = "close";
    static final String LIQ_LONG = "liq_long_usd";
    static final String LIQ_SHORT = "liq_short_usd";
    static final String VOLUME = "volume_usd";
    static final String OPEN_INTEREST = "open_interest";
    static final String FUNDING = "funding_rate";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * @throws BadInputException (line 1) when the header is missing, repeats a column or lacks a required one
     */
    static BarColumns of(String headerLine, String file) {
        if (headerLine == null) {
            throw new BadInputException(file, 1, null, "empty file: no header line");
        }
        String[] names = stripByteOrderMark(headerLine).split(",", -1);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim();
            if (index.put(name, i) != null) {
                throw new BadInputException(file, 1, name, "column appears twice in the header");
            }
        }
        return new BarColumns(names.length,
                required(index, OPEN_TIME, file), required(index, OPEN, file), required(index, HIGH, file),
                required(index, LOW, file), required(index, CLOSE, file), required(index, LIQ_LONG, file),
                required(index, LIQ_SHORT, file), optional(index, VOLUME), optional(index, OPEN_INTEREST),
                optional(index, FUNDING));
    }

    private static String stripByteOrderMark(String line) {
        return !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    private static int required(Map<String, Integer> index, String name, String file) {
        Integer i = index.get(name);
        if (i == null) {
            throw new BadInputException(file, 1, name, "required column missing from the header");
        }
        return i;
    }

    private static int optional(Map<String, Integer> index, String name) {
        return index.getOrDefault(name, -1);
    }
}
