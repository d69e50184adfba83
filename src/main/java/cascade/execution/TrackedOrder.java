package cascade.execution;

import cascade.model.Order;
import cascade.model.OrderState;
import cascade.model.RejectReason;

/**
 * One order as the book follows it: its state, what has filled (quantity, notional, the venue trade ids
 * applied), the venue's order id, and whether a cancel is under way. Changed only by {@link OrderBook}.
 */
public final class TrackedOrder {
    public final Order order;
    OrderState state = OrderState.PENDING_SUBMIT;
    long filledQty;
    /** Σ price × qty of the fills (instrument units), for the average fill price; display only. */
    double filledValue;
    long venueOrderId;
    boolean cancelRequested;
    RejectReason reason;
    long updatedMs;
    /** Venue trade ids applied so far (an order has a handful of fills; a scan beats a boxed set). */
    private long[] tradeIds;
    private int trades;

    TrackedOrder(Order order) {
        this.order = order;
        this.updatedMs = order.createdMs;
    }

    public OrderState state() {
        return state;
    }

    public long filledQty() {
        return filledQty;
    }

    public long remainingQty() {
        return Math.max(0, order.qty - filledQty);
    }

    /**
     * Average fill price in instrument units, rounded to the nearest unit; 0 before the first fill. For
     * display and the store only (the position's entry price is exact, see {@link Portfolio}).
     */
    public long averagePrice() {
        return filledQty == 0 ? 0 : Math.round(filledValue / filledQty);
    }

    public long venueOrderId() {
        return venueOrderId;
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }

    public RejectReason reason() {
        return reason;
    }

    /** Remembers a trade id; false when it was applied before (a duplicate report). */
    boolean firstTimeTrade(long tradeId) {
        for (int i = trades - 1; i >= 0; i--) {
            if (tradeIds[i] == tradeId) {
                return false;
            }
        }
        if (tradeIds == null) {
            tradeIds = new long[4]; // most protective orders never fill: nothing to keep until one does
        } else if (trades == tradeIds.length) {
            tradeIds = java.util.Arrays.copyOf(tradeIds, trades * 2);
        }
        tradeIds[trades++] = tradeId;
        return true;
    }
}
