package cascade.execution.sim;

import cascade.model.Fill;
import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.model.RejectReason;
import cascade.model.VenueListener;
import java.util.ArrayList;
import java.util.List;

/** Records what a venue reports, in order, as a tape the tests compare against. */
final class RecordingListener implements VenueListener {
    record Reject(long orderId, RejectReason reason, long timeMs) {
    }

    record Cancel(long orderId, long timeMs) {
    }

    final List<Fill> fills = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    final List<Cancel> cancels = new ArrayList<>();
    final List<FundingPayment> funding = new ArrayList<>();
    /** Every report in arrival order, e.g. "fill 7", "cancel 8", "reject 9 INSUFFICIENT_MARGIN", "funding". */
    final List<String> tape = new ArrayList<>();

    @Override
    public void onFill(Fill fill) {
        fills.add(fill);
        tape.add("fill " + fill.orderId());
    }

    @Override
    public void onReject(Order order, RejectReason reason, long timeMs) {
        rejects.add(new Reject(order.id, reason, timeMs));
        tape.add("reject " + order.id + " " + reason);
    }

    @Override
    public void onCancel(Order order, long timeMs) {
        cancels.add(new Cancel(order.id, timeMs));
        tape.add("cancel " + order.id);
    }

    @Override
    public void onFunding(FundingPayment payment) {
        funding.add(payment);
        tape.add("funding");
    }

    Fill lastFill() {
        return fills.get(fills.size() - 1);
    }
}
