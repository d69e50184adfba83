package cascade.feed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates files of the development data set beside the repository ({@code ../shared/data}, through the
 * {@code cascade.sharedData} property) that do not ship with it; a test is skipped, with the reason, when
 * its file is absent (as in a fresh clone). Data that ships is read through {@link ShippedData} instead.
 * Call it from a test method or {@code @BeforeEach}: an assumption that fails in {@code @BeforeAll} hides
 * the class's tests ("Tests run: 0") instead of reporting them as skipped.
 */
public final class SharedData {
    private SharedData() {
    }

    /** @return the file under the shared data directory; skips the calling test when it is not there */
    public static Path file(String relative) {
        String dir = System.getProperty("cascade.sharedData");
        assumeTrue(dir != null, "shared data not configured: system property cascade.sharedData is not set");
        Path path = Path.of(dir).resolve(relative);
        assumeTrue(Files.isRegularFile(path), () -> "not shipped with the repository and absent here: " + path
                + " (the development data set beside the repository, ../shared/data)");
        return path;
    }
}
