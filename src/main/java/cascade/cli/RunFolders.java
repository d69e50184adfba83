package cascade.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where a run's report goes when {@code --out} is not given: {@code <spec>-<run id>} for a stored run; for an
 * unstored one {@code <spec>-unsaved-<UTC time>}, with {@code -2}, {@code -3} … when that folder exists, so
 * runs never overwrite each other's reports.
 */
final class RunFolders {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private RunFolders() {
    }

    static Path fresh(Path parent, String specName, String runId) throws IOException {
        if (!"unsaved".equals(runId)) {
            return parent.resolve(specName + "-" + runId);
        }
        return unsaved(parent, specName, LocalDateTime.now(ZoneOffset.UTC));
    }

    /** Creates and returns the first free folder (atomically: two runs at once get two folders). */
    static Path unsaved(Path parent, String specName, LocalDateTime nowUtc) throws IOException {
        return stamped(parent, specName + "-unsaved", nowUtc);
    }

    /** Creates and returns {@code <prefix>-<UTC time>}, or the first free {@code -2}, {@code -3} … after it. */
    static Path stamped(Path parent, String prefix, LocalDateTime nowUtc) throws IOException {
        String base = prefix + "-" + STAMP.format(nowUtc);
        Files.createDirectories(parent);
        for (int n = 1;; n++) {
            Path dir = parent.resolve(n == 1 ? base : base + "-" + n);
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier run: try the next number
            }
        }
    }
}
