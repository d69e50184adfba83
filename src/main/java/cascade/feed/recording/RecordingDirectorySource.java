package cascade.feed.recording;

import cascade.feed.BadInputException;
import cascade.feed.EventSource;
import cascade.feed.MergedSource;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * All recordings ({@value RecordingFormat#EXTENSION} files) directly in one directory, merged by event time.
 * Files are opened in name order, which also breaks ties between equal times; sub-directories are not read.
 */
public final class RecordingDirectorySource implements EventSource {
    private final Path directory;
    private final List<Path> files;
    private final MergedSource merged;

    /** @throws BadInputException when the directory holds no recording */
    public RecordingDirectorySource(Path directory, Instruments instruments) throws IOException {
        this.directory = directory;
        this.files = recordingsIn(directory);
        if (files.isEmpty()) {
            throw new BadInputException(directory.toString(), 0, null,
                    "no " + RecordingFormat.EXTENSION + " recordings in the directory");
        }
        List<RecordingReader> readers = new ArrayList<>();
        try {
            for (Path file : files) {
                readers.add(new RecordingReader(file, instruments));
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(new MergedSource(readers), e);
            throw e;
        }
        this.merged = new MergedSource(readers);
    }

    /** The recordings in the directory, sorted by file name. */
    public static List<Path> recordingsIn(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(RecordingFormat.EXTENSION))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** The recordings being merged, in name order. */
    public List<Path> files() {
        return files;
    }

    @Override
    public boolean next(MarketEvent into) throws IOException {
        return merged.next(into);
    }

    @Override
    public double progress() {
        return merged.progress();
    }

    @Override
    public String describe() {
        return "recordings in " + directory + ": " + merged.describe();
    }

    @Override
    public void close() throws IOException {
        merged.close();
    }

    private static void closeQuietly(EventSource opened, Exception cause) {
        try {
            opened.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
