package cascade.execution.sim;

import cascade.model.Fill;
import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.model.RejectReason;
import cascade.model.VenueListener;

/** Forwards to the listener registered on the venue; drops reports until one is set. */
final class ListenerRelay implements VenueListener {
    private VenueListener target;

    void set(VenueListener listener) {
        this.target = listener;
    }

    @Override
    public void onFill(Fill fill) {
        if (target != null) {
            target.onFill(fill);
        }
    }

    @Override
    public void onReject(Order order, RejectReason reason, long timeMs) {
        if (target != null) {
            target.onReject(order, reason, timeMs);
        }
    }

    @Override
    public void onCancel(Order order, long timeMs) {
        if (target != null) {
            target.onCancel(order, timeMs);
        }
    }

    @Override
    public void onFunding(FundingPayment payment) {
        if (target != null) {
            target.onFunding(payment);
        }
    }
}
