package cascade.model;

/**
 * What the order book tells the owner of positions after it applied a venue event (its state and the
 * portfolio already reflect it). Called on the decision thread.
 */
public interface OrderEvents {
    /** The venue acknowledged an order. */
    default void onAccepted(Order order, long timeMs) {
    }

    /**
     * A fill was applied.
     *
     * @param order the filled order, or null for a fill the venue made (our liquidation) or one of an order
     *     the book does not know (external)
     */
    void onFill(Order order, Fill fill);

    /** An order ended without filling completely: CANCELLED, REJECTED or EXPIRED ({@code reason} if any). */
    void onFinished(Order order, OrderState state, RejectReason reason, long timeMs);

    /** A cancel request was refused (the order has probably filled or gone already). */
    default void onCancelRejected(Order order, RejectReason reason, long timeMs) {
    }
}
