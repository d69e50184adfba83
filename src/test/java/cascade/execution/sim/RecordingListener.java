package cascade.execution.sim;

import cascade.execution.VenueEvents;
import cascade.market.EventType;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.model.RejectReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Records what a venue reports, in order, as a tape the tests compare against. Acknowledgements and the
 * venue's position/balance snapshots are kept apart ({@link #accepted}, {@link #snapshots}) so the tape
 * shows what changes orders: fills, cancels, rejects (of orders and of cancels) and funding.
 */
final class RecordingListener implements VenueEvents {
    /** A fill as the venue reports it; {@code label} is the order's type ("market", "limit", "stop") or "liquidation". */
    record VFill(long orderId, int instrument, long timeMs, Side side, long price, long qty, long feeUsd,
            boolean maker, boolean liquidation, String label) {
    }

    record Reject(long orderId, RejectReason reason, long timeMs) {
    }

    record Cancel(long orderId, long timeMs) {
    }

    final List<VFill> fills = new ArrayList<>();
    final List<Long> tradeIds = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    final List<Cancel> cancels = new ArrayList<>();
    final List<FundingPayment> funding = new ArrayList<>();
    final List<Long> accepted = new ArrayList<>();
    /** "position QTY@ENTRY" and "balance MICROS" after each fill, in order. */
    final List<String> snapshots = new ArrayList<>();
    /** Every report in arrival order, e.g. "fill 7", "cancel 8", "reject 9 INSUFFICIENT_MARGIN", "funding". */
    final List<String> tape = new ArrayList<>();
    /** Every order submitted through the scenario, by id. */
    final Map<Long, Order> orders = new HashMap<>();
    private final Map<Long, String> labels = new HashMap<>();
    /** Called after each fill is recorded (a test's reaction, as the engine would react). */
    Consumer<VFill> onFill = f -> { };

    void submitted(Order order) {
        orders.put(order.id, order);
        labels.put(order.id, switch (order.type) {
            case MARKET -> "market";
            case LIMIT -> "limit";
            case STOP_MARKET -> "stop";
        });
    }

    @Override
    public void onVenueEvent(MarketEvent e) {
        switch (e.type) {
            case FILL -> {
                VFill f = new VFill(e.orderId, e.instrument, e.timeMs, e.side, e.price, e.qty, e.feeUsd, e.maker,
                        e.liquidation, e.liquidation ? "liquidation" : labels.getOrDefault(e.orderId, "?"));
                fills.add(f);
                tradeIds.add(e.tradeId);
                tape.add("fill " + e.orderId);
                onFill.accept(f);
            }
            case ORDER_REJECTED, CANCEL_REJECTED -> {
                RejectReason reason = RejectReason.ofCode(e.rejectCode);
                rejects.add(new Reject(e.orderId, reason, e.timeMs));
                tape.add("reject " + e.orderId + " " + reason);
            }
            case ORDER_CANCELLED -> {
                cancels.add(new Cancel(e.orderId, e.timeMs));
                tape.add("cancel " + e.orderId);
            }
            case FUNDING_PAYMENT -> {
                funding.add(new FundingPayment(e.instrument, e.fundingTimeMs, e.qty, e.price, e.fundingRate,
                        e.amountUsd));
                tape.add("funding");
            }
            case ORDER_ACCEPTED -> accepted.add(e.orderId);
            case POSITION_SNAPSHOT -> snapshots.add("position " + e.qty + "@" + e.price);
            case BALANCE_SNAPSHOT -> snapshots.add("balance " + e.amountUsd);
            default -> tape.add("other " + e.type);
        }
    }

    VFill lastFill() {
        return fills.get(fills.size() - 1);
    }

    static boolean isFill(MarketEvent e) {
        return e.type == EventType.FILL;
    }
}
