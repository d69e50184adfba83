package cascade.execution.sim;

import cascade.model.Order;

/**
 * An accepted order waiting to fill.
 *
 * @param seq venue-wide submission number: orders are matched in this order, and a matching pass only
 *        considers orders submitted before it started
 * @param liveMs event time from which the order can fill (created time + latency)
 */
record WorkingOrder(Order order, long seq, long liveMs) {
}
