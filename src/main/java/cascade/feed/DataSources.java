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
 * Opens recorded data by its name and content, so commands take any data path: a directory is a set of
 * recordings, a {@code .casc} file (or one starting with the recording magic) a recording, a CSV whose first
 * line names open_time_ms a bar file (default venue, symbol from the name, default scales), any other CSV a
 * Binance forced-order CSV. Empty files are refused with their name. The policy
 * applies to the CSV readers; recordings always fail on damage.
 */
public final class DataSources {
    private static final String BAR_HEADER_COLUMN = "open_time_ms";
    private static final String RECORDING_EXTENSION = ".casc";
    private static final String CSV_EXTENSION = ".csv";

    private DataSources() {
    }

    /** The kind of data at a path. */
    public enum Format {
        RECORDING_DIRECTORY,
        RECORDING,
        BAR_CSV,
        FORCE_ORDER_CSV
    }

    /**
     * Tells the format from the path: a directory holds recordings; a {@code .casc} file must be a recording
     * (its magic is checked when it is opened); a {@code .csv} file is a bar CSV when its first line names
     * open_time_ms, else forced orders; any other name is told by its content (recording magic, else CSV).
     *
     * @throws NoDataException when the file is empty, or a bar CSV has a header and no bars
     * @throws BadInputException when a {@code .csv} file is in fact a recording
     */
    public static Format detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return Format.RECORDING_DIRECTORY;
        }
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (Files.size(path) == 0) {
            throw new NoDataException(path + ": the file is empty (0 bytes)");
        }
        if (name.endsWith(RECORDING_EXTENSION)) {
            return Format.RECORDING;
        }
        if (RecordingFormat.isRecording(path)) {
            if (name.endsWith(CSV_EXTENSION)) {
                throw new BadInputException(path.getFileName().toString(), 0, null,
                        "is a Cascade recording, not CSV: name it .casc");
            }
            return Format.RECORDING;
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1)) {
            String first = nextNonBlank(reader);
            if (first == null) {
                throw new NoDataException(path + ": the file has only blank lines");
            }
            if (!first.contains(BAR_HEADER_COLUMN)) {
                return Format.FORCE_ORDER_CSV;
            }
            if (nextNonBlank(reader) == null) {
                throw new NoDataException(path + ": a header and no bars");
            }
            return Format.BAR_CSV;
        }
    }

    private static String nextNonBlank(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
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
