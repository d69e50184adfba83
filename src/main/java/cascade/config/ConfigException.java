package cascade.config;

/**
 * A configuration value is missing or not allowed. The message names the file, the key path and what is
 * allowed, e.g. {@code strategies/x.yml: modes[0].cards.capitulation.high: must be in (0.5, 1), was 1.3}.
 */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
