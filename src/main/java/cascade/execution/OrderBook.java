package cascade.execution;

import cascade.model.Order;
import cascade.model.OrderState;
import cascade.model.RejectReason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Every order of the run by book id, with its state machine. Owned by the decision thread and changed only
 * by the router (an order is recorded before it leaves) and by venue events. Transitions only go forward:
 * a late acknowledgement never undoes a fill, a cancel after a fill changes nothing, a fill is applied once
 * per venue trade id, and a fill that arrives after the order was cancelled still counts (the venue did
 * trade it) while the order stays cancelled. Each method returns whether the state changed, so the caller
 * reports only real transitions.
 */
public final class OrderBook {
    /** By book id: ids are a dense run-local sequence from 1, so a list indexed by id (no boxing on look-up). */
    private final List<TrackedOrder> orders = new ArrayList<>();
    private final List<TrackedOrder> all = new ArrayList<>();
    private final List<TrackedOrder> open = new ArrayList<>();
    private long duplicateFills;
    private long lateFills;
    private long overfills;

    /** Records a new order as PENDING_SUBMIT. */
    public TrackedOrder add(Order order) {
        if (order.id < 1 || order.id > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("book ids are 1.." + (Integer.MAX_VALUE - 8) + ", was " + order.id);
        }
        int index = (int) order.id;
        while (orders.size() <= index) {
            orders.add(null);
        }
        if (orders.get(index) != null) {
            throw new IllegalStateException("order id used twice: " + order.id);
        }
        TrackedOrder t = new TrackedOrder(order);
        orders.set(index, t);
        all.add(t);
        open.add(t);
        return t;
    }

    /** @return the order, or null for an id the book never saw */
    public TrackedOrder get(long orderId) {
        return orderId > 0 && orderId < orders.size() ? orders.get((int) orderId) : null;
    }

    public OrderState state(long orderId) {
        TrackedOrder t = get(orderId);
        return t == null ? null : t.state;
    }

    /** Orders not yet in a terminal state, oldest first. */
    public List<TrackedOrder> openOrders() {
        return Collections.unmodifiableList(open);
    }

    /** Every order, in the order they were recorded. */
    public Collection<TrackedOrder> all() {
        return Collections.unmodifiableList(all);
    }

    void denied(TrackedOrder t, RejectReason reason, long timeMs) {
        t.reason = reason;
        move(t, OrderState.DENIED, timeMs);
    }

    void submitted(TrackedOrder t, long timeMs) {
        move(t, OrderState.SUBMITTED, timeMs);
    }

    /** The venue acknowledged the order. */
    boolean accepted(TrackedOrder t, long venueOrderId, long timeMs) {
        if (venueOrderId != 0) {
            t.venueOrderId = venueOrderId;
        }
        if (t.state == OrderState.PENDING_SUBMIT || t.state == OrderState.SUBMITTED
                || t.state == OrderState.UNKNOWN) {
            move(t, OrderState.ACCEPTED, timeMs);
            return true;
        }
        return false;
    }

    /**
     * Applies a fill once per trade id.
     *
     * @return false for a duplicate (nothing applied)
     */
    boolean fill(TrackedOrder t, long tradeId, long price, long qty, long timeMs) {
        if (!t.firstTimeTrade(tradeId)) {
            duplicateFills++;
            return false;
        }
        t.filledQty += qty;
        t.filledValue += (double) price * qty;
        if (t.filledQty > t.order.qty) {
            overfills++;
        }
        if (t.state.isTerminal()) {
            lateFills++;
            if (t.state != OrderState.FILLED && t.filledQty >= t.order.qty) {
                move(t, OrderState.FILLED, timeMs);
            }
            t.updatedMs = timeMs;
            return true;
        }
        move(t, t.filledQty >= t.order.qty ? OrderState.FILLED : OrderState.PARTIALLY_FILLED, timeMs);
        return true;
    }

    /** The venue cancelled the order (on request or on its own). */
    boolean cancelled(TrackedOrder t, long timeMs) {
        return finish(t, OrderState.CANCELLED, null, timeMs);
    }

    boolean expired(TrackedOrder t, long timeMs) {
        return finish(t, OrderState.EXPIRED, null, timeMs);
    }

    /** The venue refused the order. A refusal after fills ends it like a cancel of the remainder. */
    boolean rejected(TrackedOrder t, RejectReason reason, long timeMs) {
        return finish(t, t.filledQty > 0 ? OrderState.CANCELLED : OrderState.REJECTED, reason, timeMs);
    }

    /** A cancel request failed: the order is no longer "being cancelled" (it may have filled meanwhile). */
    void cancelRejected(TrackedOrder t, RejectReason reason) {
        t.cancelRequested = false;
        if (t.reason == null) {
            t.reason = reason;
        }
    }

    /** The outcome of a request is not known: the order is kept and must be reconciled. */
    boolean unknown(TrackedOrder t, long timeMs) {
        if (t.state.isTerminal() || t.state == OrderState.UNKNOWN) {
            return false;
        }
        move(t, OrderState.UNKNOWN, timeMs);
        return true;
    }

    private boolean finish(TrackedOrder t, OrderState state, RejectReason reason, long timeMs) {
        if (t.state.isTerminal()) {
            return false;
        }
        t.reason = reason;
        move(t, state, timeMs);
        return true;
    }

    private void move(TrackedOrder t, OrderState state, long timeMs) {
        t.state = state;
        t.updatedMs = timeMs;
        if (state.isTerminal()) {
            t.cancelRequested = false;
            open.remove(t);
        }
    }

    /** Fill reports that were applied before (same order and trade id) and ignored. */
    public long duplicateFills() {
        return duplicateFills;
    }

    /** Fills of orders that had already been cancelled, rejected or expired (applied: the venue traded). */
    public long lateFills() {
        return lateFills;
    }

    /** Fills beyond an order's quantity (a venue anomaly; applied and counted). */
    public long overfills() {
        return overfills;
    }
}
