package cascade.execution.sim;

import cascade.model.Order;

/**
 * An accepted order waiting to fill, possibly in parts.
 * <p>
 * {@code seq}: venue-wide submission number: orders are matched in this order, and a matching pass only
 * considers orders submitted before it started. {@code liveMs}: event time from which the order can fill
 * (created time + latency).
 */
final class WorkingOrder {
    private final Order order;
    private final long seq;
    private final long liveMs;
    private long filledQty;
    /** A stop that a price has reached: it is a market order from then on, until it has filled. */
    private boolean triggered;

    WorkingOrder(Order order, long seq, long liveMs) {
        this.order = order;
        this.seq = seq;
        this.liveMs = liveMs;
    }

    Order order() {
        return order;
    }

    long seq() {
        return seq;
    }

    long liveMs() {
        return liveMs;
    }

    /** Quantity filled so far. */
    long filledQty() {
        return filledQty;
    }

    /** Quantity still to fill. */
    long remainingQty() {
        return order.qty - filledQty;
    }

    void filled(long qty) {
        filledQty += qty;
    }

    boolean triggered() {
        return triggered;
    }

    void trigger() {
        triggered = true;
    }
}
