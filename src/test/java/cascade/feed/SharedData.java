package cascade.feed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared/data through the cascade.sharedData property; tests are skipped when it is absent. */
public final class SharedData {
    private SharedData() {
    }

    /** @return the file under the shared data directory; skips the calling test when it is not there */
    public static Path file(String relative) {
        String dir = System.getProperty("cascade.sharedData");
        assumeTrue(dir != null, "shared data not configured: system property cascade.sharedData is not set");
        Path path = Path.of(dir).resolve(relative);
        assumeTrue(Files.isRegularFile(path), "shared data absent: " + path + " does not exist");
        return path;
    }
}
