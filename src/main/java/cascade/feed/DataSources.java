package cascade.feed;

import cascade.feed.csv.BarCsvReader;
import cascade.feed.csv.ForceOrderCsvReader;
import cascade.feed.recording.RecordingDirectorySource;
import cascade.feed.recording.RecordingFormat;
import cascade.feed.recording.RecordingReader;
import cascade.market.Instruments;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens recorded data by looking at it, so commands take any data path: a directory is a set of recordings,
 * a file starting with the recording magic a recording, a CSV whose first line names open_time_ms a bar file
 * (default venue, symbol from the name, default scales), anything else a Binance forced-order CSV. The policy
 * applies to the CSV readers; recordings always fail on damage.
 */
public final class DataSources {
    private static final String BAR_HEADER_COLUMN = "open_time_ms";

    private DataSources() {
    }

    /** The kind of data at a path. */
    public enum Format {
        RECORDING_DIRECTORY,
        RECORDING,
        BAR_CSV,
        FORCE_ORDER_CSV
    }

    /** Tells the format from the path itself: directory, recording magic, or the CSV's first line. */
    public static Format detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return Format.RECORDING_DIRECTORY;
        }
        if (RecordingFormat.isRecording(path)) {
            return Format.RECORDING;
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            return first != null && first.contains(BAR_HEADER_COLUMN) ? Format.BAR_CSV : Format.FORCE_ORDER_CSV;
        }
    }

    /**
     * Opens the path with the reader its format needs.
     *
     * @throws BadInputException when a header, magic or version is bad (line errors come later, by policy)
     */
    public static EventSource open(Path path, Instruments instruments, BadLinePolicy policy) throws IOException {
        switch (detect(path)) {
            case RECORDING_DIRECTORY:
                return new RecordingDirectorySource(path, instruments);
            case RECORDING:
                return new RecordingReader(path, instruments);
            case BAR_CSV:
                return new BarCsvReader(path, instruments, policy);
            default:
                return new ForceOrderCsvReader(path, instruments, policy);
        }
    }

    /** Opens every path and merges them by event time (ties in list order); one path is returned as is. */
    public static EventSource open(List<Path> paths, Instruments instruments, BadLinePolicy policy)
            throws IOException {
        if (paths.size() == 1) {
            return open(paths.get(0), instruments, policy);
        }
        List<EventSource> sources = new ArrayList<>();
        try {
            for (Path path : paths) {
                sources.add(open(path, instruments, policy));
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(new MergedSource(sources), e);
            throw e;
        }
        return new MergedSource(sources);
    }

    private static void closeQuietly(EventSource opened, Exception cause) {
        try {
            opened.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
