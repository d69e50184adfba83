package cascade.model;

/**
 * Where an order stands in its life, as the decision thread's order book knows it. The book moves an order
 * only forward: PENDING_SUBMIT → SUBMITTED → ACCEPTED → PARTIALLY_FILLED → FILLED, or to CANCELLED,
 * REJECTED or EXPIRED; DENIED never left (risk said no). UNKNOWN means the venue's answer was ambiguous
 * (a timeout, a lost response): the order may be working or filled, and must be reconciled before anything
 * is resent.
 */
public enum OrderState {
    /** Recorded in the book, not yet handed to the venue. */
    PENDING_SUBMIT(false),
    /** Handed to the venue, no answer yet. */
    SUBMITTED(false),
    /** The venue acknowledged it (with its own order id). */
    ACCEPTED(false),
    PARTIALLY_FILLED(false),
    FILLED(true),
    CANCELLED(true),
    /** The venue refused it; the reason says why. */
    REJECTED(true),
    EXPIRED(true),
    /** Our risk checks refused it before it left. */
    DENIED(true),
    /** The outcome of a request is not known (timeout, lost answer): reconcile before acting on it. */
    UNKNOWN(false);

    private final boolean terminal;

    OrderState(boolean terminal) {
        this.terminal = terminal;
    }

    /** No further venue event can change what this order does (fills of a cancelled order still count). */
    public boolean isTerminal() {
        return terminal;
    }
}
