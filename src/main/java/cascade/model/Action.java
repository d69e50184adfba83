package cascade.model;

/** What one decision cycle did for one symbol and mode. */
public enum Action {
    ENTER_LONG,
    ENTER_SHORT,
    /** Closed a short and opened a long in one order. */
    REVERSE_LONG,
    REVERSE_SHORT,
    EXIT_TIME,
    EXIT_OPPOSITE,
    EXIT_DECELERATION,
    /** A position is open and nothing calls for a change. */
    HOLD,
    /** Flat and the signal is not directional. */
    FLAT,
    /** Windows of a card disagree: no new entries. */
    CONFLICTED,
    /** The signal's direction is not new (entries on transitions only). */
    NO_TRANSITION,
    /** The funding gate blocks an entry on the crowded side. */
    GATED,
    /** An order of this symbol is still in flight. */
    PENDING,
    /** Another mode owns the symbol's position. */
    BUSY,
    /** Risk (or sizing) refused the entry; the decision's reason names the check. */
    DENIED;

    /** Actions that sent an order. */
    public boolean traded() {
        return switch (this) {
            case ENTER_LONG, ENTER_SHORT, REVERSE_LONG, REVERSE_SHORT, EXIT_TIME, EXIT_OPPOSITE, EXIT_DECELERATION ->
                    true;
            default -> false;
        };
    }
}
