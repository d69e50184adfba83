package cascade.config;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the run store lives. Validated when built, so a bad value fails at start-up with the key and what
 * is allowed, not on the first write.
 *
 * @param jdbcUrl an H2 url: {@code jdbc:h2:file:PATH} (PATH absolute or starting with {@code ./} or
 *        {@code ~/}) or {@code jdbc:h2:mem:NAME}
 * @param user database user; H2 creates it with the database
 */
public record StoreConfig(String jdbcUrl, String user) {
    /** The default store: {@code ./cascade-data/cascade} under the working directory. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./cascade-data/cascade";
    public static final String DEFAULT_USER = "cascade";

    private static final Pattern MEM_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    public StoreConfig {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException(
                    "store.jdbcUrl must be an H2 url (jdbc:h2:file:PATH or jdbc:h2:mem:NAME), was: " + jdbcUrl);
        }
        if (jdbcUrl.startsWith("jdbc:h2:file:")) {
            String path = jdbcUrl.substring("jdbc:h2:file:".length());
            if (!(path.startsWith("./") || path.startsWith("~/") || Path.of(path.split(";", 2)[0]).isAbsolute())) {
                throw new IllegalArgumentException(
                        "store.jdbcUrl file path must be absolute or start with ./ or ~/, was: " + jdbcUrl);
            }
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("store.user must not be blank");
        }
    }

    /** The default file store under the current working directory. */
    public static StoreConfig defaults() {
        return new StoreConfig(DEFAULT_URL, DEFAULT_USER);
    }

    /** A file store named {@code cascade} in the given directory (created on first open). */
    public static StoreConfig inDirectory(Path directory) {
        return new StoreConfig("jdbc:h2:file:" + directory.toAbsolutePath().resolve("cascade"), DEFAULT_USER);
    }

    /** A private in-memory store that lives until the JVM exits (for tests). */
    public static StoreConfig inMemory(String name) {
        if (name == null || !MEM_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("in-memory store name must match [A-Za-z0-9_-]+, was: " + name);
        }
        return new StoreConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", DEFAULT_USER);
    }
}
