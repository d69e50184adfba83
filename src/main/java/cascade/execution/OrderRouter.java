package cascade.execution;

import cascade.model.Order;
import cascade.model.Fill;
import cascade.model.FundingPayment;
import cascade.model.RejectReason;
import cascade.model.VenueListener;

import cascade.model.RunObserver;
import cascade.risk.RiskGate;

/**
 * Strategy → risk → venue: numbers orders, passes each through the {@link RiskGate} and on to the
 * {@link Venue}, and fans the venue's answers out to the position owner and the run observer. Denials
 * and rejections are values the caller gets back and the observer records.
 */
public final class OrderRouter implements VenueListener {
    private final Venue venue;
    private final RiskGate gate;
    private final RunObserver observer;
    private VenueListener downstream;
    private long nextOrderId = 1;
    private long rejected;

    public OrderRouter(Venue venue, RiskGate gate, RunObserver observer) {
        this.venue = venue;
        this.gate = gate;
        this.observer = observer;
        venue.setListener(this);
    }

    /** Who owns positions and hears every venue answer after it is recorded (set once at wiring). */
    public void setDownstream(VenueListener downstream) {
        this.downstream = downstream;
    }

    public long nextOrderId() {
        return nextOrderId++;
    }

    /**
     * Checks and sends an order.
     *
     * @param projectedQty signed position once this order (and exits sent with it) filled
     * @return null when sent, else the risk reason it was denied
     */
    public RejectReason submit(Order order, long projectedQty, long nowMs) {
        RejectReason denial = gate.check(order, projectedQty, nowMs);
        if (denial != null) {
            observer.onOrder(order, "DENIED", denial, nowMs);
            return denial;
        }
        observer.onOrder(order, "SUBMITTED", null, nowMs);
        venue.submit(order);
        return null;
    }

    public void cancel(long orderId, long nowMs) {
        venue.cancel(orderId, nowMs);
    }

    public long rejectedByVenue() {
        return rejected;
    }

    @Override
    public void onFill(Fill fill) {
        observer.onFill(fill);
        downstream.onFill(fill);
    }

    @Override
    public void onReject(Order order, RejectReason reason, long timeMs) {
        rejected++;
        observer.onOrder(order, "REJECTED", reason, timeMs);
        downstream.onReject(order, reason, timeMs);
    }

    @Override
    public void onCancel(Order order, long timeMs) {
        observer.onOrder(order, "CANCELLED", null, timeMs);
        downstream.onCancel(order, timeMs);
    }

    @Override
    public void onFunding(FundingPayment payment) {
        observer.onFunding(payment);
        downstream.onFunding(payment);
    }
}
