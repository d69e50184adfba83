package cascade.model;

/**
 * A net (one-way mode) position on one instrument, read-only view. Quantity is signed: + long, - short.
 */
public interface Position {
    int instrument();

    /** Signed quantity in instrument units; 0 when flat. */
    long qty();

    /** Average entry price in instrument units; 0 when flat. */
    long entryPrice();

    /** Isolated margin held for the position, USD micros. */
    long marginUsd();

    /** Price at which the venue liquidates the position; 0 when flat. */
    long liquidationPrice();

    default boolean isFlat() {
        return qty() == 0;
    }
}
