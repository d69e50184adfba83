package cascade.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a bar CSV in the development-set format into a {@link BarSeries}, by header name (blank = unknown).
 * A deliberately small test helper; the production reader lives in cascade.feed.
 */
final class DevelopmentBars {
    static final String BTC_FILE = "bars/BTCUSDT-4h-2024-11-13_2025-11-14.csv";

    private DevelopmentBars() {
    }

    /** The shared data directory from the surefire property, or null when not configured. */
    static Path sharedData() {
        String dir = System.getProperty("cascade.sharedData");
        return dir == null ? null : Path.of(dir);
    }

    /** The development BTC file, or null when /work/shared is not there. */
    static Path btcFile() {
        Path dir = sharedData();
        Path file = dir == null ? null : dir.resolve(BTC_FILE);
        return file != null && Files.isReadable(file) ? file : null;
    }

    static BarSeries read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        BarSeries bars = BarSeries.empty();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String[] f = lines.get(n).split(",", -1);
            bars.add(Long.parseLong(f[header.indexOf("open_time_ms")]), value(f, header, "open"),
                    value(f, header, "high"), value(f, header, "low"), value(f, header, "close"),
                    value(f, header, "volume_usd"), value(f, header, "liq_long_usd"), value(f, header, "liq_short_usd"),
                    value(f, header, "open_interest"), value(f, header, "funding_rate"));
        }
        return bars;
    }

    private static double value(String[] fields, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < 0 || fields[i].isBlank() ? Double.NaN : Double.parseDouble(fields[i]);
    }
}
