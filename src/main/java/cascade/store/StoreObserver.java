package cascade.store;

import cascade.model.Decision;
import cascade.model.RunObserver;
import cascade.model.Fill;
import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.model.RejectReason;
import cascade.execution.Venue;
import cascade.model.Trade;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands what the engine reports to a {@link RunRecorder} (which queues it for the store's writer thread).
 * Tracks open orders so each order's row moves SUBMITTED → PARTIALLY_FILLED → FILLED, and snapshots the
 * venue's position after every fill. A risk denial is stored as REJECTED with its 2xx reason code.
 */
public final class StoreObserver implements RunObserver {
    private final RunRecorder recorder;
    private final Venue venue;
    private final Map<Long, Order> open = new HashMap<>();
    private final Map<Long, Long> filled = new HashMap<>();

    public StoreObserver(RunRecorder recorder, Venue venue) {
        this.recorder = recorder;
        this.venue = venue;
    }

    @Override
    public void onOrder(Order order, String status, RejectReason reason, long timeMs) {
        switch (status) {
            case "SUBMITTED" -> {
                open.put(order.id, order);
                recorder.order(order, OrderStatus.SUBMITTED, null, timeMs);
            }
            case "CANCELLED" -> {
                forget(order.id);
                recorder.order(order, OrderStatus.CANCELLED, null, timeMs);
            }
            default -> {
                forget(order.id);
                recorder.order(order, OrderStatus.REJECTED, reason, timeMs);
            }
        }
    }

    @Override
    public void onFill(Fill fill) {
        recorder.fill(fill);
        Order order = open.get(fill.orderId());
        if (order != null) {
            long done = filled.merge(fill.orderId(), fill.qty(), Long::sum);
            boolean complete = done >= order.qty;
            recorder.order(order, complete ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED, null, fill.timeMs());
            if (complete) {
                forget(order.id);
            }
        }
        recorder.position(venue.position(fill.instrument()), fill.timeMs());
    }

    @Override
    public void onFunding(FundingPayment payment) {
        recorder.funding(payment);
    }

    @Override
    public void onDecision(Decision decision) {
        recorder.decision(decision);
    }

    @Override
    public void onTrade(Trade trade) {
        recorder.trade(trade);
    }

    private void forget(long orderId) {
        open.remove(orderId);
        filled.remove(orderId);
    }
}
