package cascade.signal;

/**
 * A look-back window a card reads over, e.g. "1m", "1h" or "3bar". {@code lengthMs} is a multiple of the
 * market state's bucket width.
 */
public record Window(String name, long lengthMs) {
    public Window {
        if (lengthMs <= 0) {
            throw new IllegalArgumentException("window length must be positive: " + name);
        }
    }
}
