package cascade.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** Application settings from {@code config/cascade.yml}: where the run store lives. */
public record AppConfig(StoreConfig store) {

    public static AppConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new AppConfig(StoreConfig.defaults());
        }
        ConfigNode root = ConfigNode.load(file);
        ConfigNode s = root.optChild("store");
        String url = s.string("jdbcUrl", StoreConfig.DEFAULT_URL);
        String user = s.string("user", "cascade");
        s.finish();
        root.finish();
        try {
            return new AppConfig(new StoreConfig(url, user));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }
}
