package cascade.store;

import cascade.model.Decision;
import cascade.model.Fill;
import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.model.OrderState;
import cascade.model.PositionSnapshot;
import cascade.model.RejectReason;
import cascade.model.RunObserver;
import cascade.model.Trade;

/**
 * Hands what the engine reports to a {@link RunRecorder} (which queues it for the store's writer thread):
 * every order state the book moves an order to (its row keeps the latest: PENDING_SUBMIT is never stored,
 * DENIED keeps the 2xx/3xx reason, REJECTED the venue's), every fill, funding payment, decision and trade,
 * and the book's position after every fill.
 */
public final class StoreObserver implements RunObserver {
    private final RunRecorder recorder;

    public StoreObserver(RunRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void onOrder(Order order, OrderState state, RejectReason reason, long timeMs) {
        recorder.order(order, state, reason, timeMs);
    }

    @Override
    public void onFill(Fill fill) {
        recorder.fill(fill);
    }

    @Override
    public void onPosition(int instrument, long qty, long entryPrice, long timeMs) {
        // margin and liquidation price are the venue's business: not known to the book
        recorder.position(new PositionSnapshot(instrument, qty, entryPrice, 0, 0), timeMs);
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
}
