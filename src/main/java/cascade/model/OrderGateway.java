package cascade.model;

/**
 * How a decision sends and follows orders: the order book and router behind it record every order before
 * it leaves, apply the instrument's filters and the risk checks, and hand it to the venue. The venue's
 * answers never arrive inside these calls; they come later as events.
 */
public interface OrderGateway {
    /** A fresh book id for a new order (its client order id is derived from it). */
    long nextOrderId();

    /** The portable client order id of a book id. */
    String clientId(long orderId);

    /** The decision orders created from now on belong to. */
    long currentDecision();

    /**
     * Checks and sends an order.
     *
     * @param projectedQty the signed position on the order's instrument once this order has filled
     * @param protectStop the stop price the position will be protected with once it fills (entries), or 0
     * @param protectTarget the target price likewise, or 0
     * @return null when sent, else why not (the order is recorded as DENIED)
     */
    RejectReason submit(Order order, long projectedQty, long protectStop, long protectTarget, long nowMs);

    /** Requests a cancel; a no-op for an order that is already finished or has a cancel under way. */
    void cancel(long orderId, long nowMs);

    /** Where an order stands; null for an id the book never saw. */
    OrderState state(long orderId);

    /** Quantity filled so far of an order. */
    long filledQty(long orderId);
}
