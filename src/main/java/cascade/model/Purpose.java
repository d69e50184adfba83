package cascade.model;

/**
 * Why an order exists. It travels with the order into its fills and becomes a trade's entry or exit reason;
 * {@link #label()} is the short name reports and the store show.
 */
public enum Purpose {
    /** Opens a position from flat. */
    ENTRY("entry"),
    /** Closes the position and opens the opposite one in the same order. */
    REVERSE("reverse"),
    /** Protective stop, reduce-only, placed from the entry's fill. */
    STOP("stop"),
    /** Profit target, reduce-only, placed from the entry's fill. */
    TARGET("target"),
    EXIT_TIME("exit-time"),
    EXIT_OPPOSITE("exit-opposite"),
    EXIT_DECELERATION("exit-deceleration"),
    /** The venue closed the position (our liquidation); not an order of ours. */
    LIQUIDATION("liquidation"),
    /** A fill of an order we did not place (venue-made or from another client). */
    EXTERNAL("external");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @return the purpose with this label, or null */
    public static Purpose ofLabel(String label) {
        for (Purpose p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        return null;
    }

    /** Orders that may open or increase a position; everything else is reduce-only. */
    public boolean opens() {
        return this == ENTRY || this == REVERSE;
    }

    /** Stop and target: the protection of an open position. */
    public boolean protective() {
        return this == STOP || this == TARGET;
    }
}
