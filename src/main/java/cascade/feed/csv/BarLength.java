package cascade.feed.csv;

import cascade.feed.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a file's bars, which turns a bar's open time into its close time. A token in the file
 * name ("BTCUSDT-4h-…" → 4 h; units m, h, d, w) wins; otherwise the gap between the first two open times.
 */
final class BarLength {
    private static final Pattern TOKEN = Pattern.compile("(\\d+)([mhdw])");
    private static final long MINUTE_MS = 60_000L;

    private BarLength() {
    }

    /** @return the bar length named by a "-4h-"-style token of the file name, or 0 when there is none */
    static long fromFileName(String fileName) {
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        for (String token : stem.split("-")) {
            Matcher m = TOKEN.matcher(token);
            if (m.matches()) {
                return Long.parseLong(m.group(1)) * unitMs(m.group(2).charAt(0));
            }
        }
        return 0;
    }

    /**
     * Reads the open times of the first two data lines.
     *
     * @throws BadInputException when there are fewer than two readable rows or the times do not increase
     */
    static long fromFirstRows(Path path, int openTimeColumn, String file) throws IOException {
        long[] times = new long[2];
        int found = 0;
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            reader.readLine();
            String line;
            while (found < 2 && (line = reader.readLine()) != null) {
                String[] fields = line.split(",", -1);
                if (fields.length > openTimeColumn) {
                    try {
                        times[found] = Long.parseLong(fields[openTimeColumn].trim());
                        found++;
                    } catch (NumberFormatException e) {
                        // not a usable row; the main pass reports it by policy
                    }
                }
            }
        }
        if (found < 2 || times[1] <= times[0]) {
            throw new BadInputException(file, 1, null, "cannot tell the bar length: no '4h'-style token in the"
                    + " file name and no two increasing open times in the first rows");
        }
        return times[1] - times[0];
    }

    private static long unitMs(char unit) {
        switch (unit) {
            case 'm':
                return MINUTE_MS;
            case 'h':
                return 60 * MINUTE_MS;
            case 'd':
                return 24 * 60 * MINUTE_MS;
            default:
                return 7 * 24 * 60 * MINUTE_MS;
        }
    }
}
