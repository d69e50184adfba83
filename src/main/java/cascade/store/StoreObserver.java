package cascade.store;

import cascade.model.Decision;
import cascade.model.Fill;
import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.model.OrderState;
import cascade.model.PortfolioView;
import cascade.model.Position;
import cascade.model.RejectReason;
import cascade.model.RunObserver;
import cascade.model.Trade;

/**
 * Hands what the engine reports to a {@link RunRecorder} (which queues it for the store's writer thread):
 * every order state the book moves an order to (its row keeps the latest: PENDING_SUBMIT is never stored,
 * DENIED keeps the 2xx/3xx reason, REJECTED the venue's), every fill, funding payment, decision and trade,
 * and the portfolio's position after every fill.
 */
public final class StoreObserver implements RunObserver {
    private final RunRecorder recorder;
    private final PortfolioView portfolio;

    public StoreObserver(RunRecorder recorder, PortfolioView portfolio) {
        this.recorder = recorder;
        this.portfolio = portfolio;
    }

    @Override
    public void onOrder(Order order, OrderState state, RejectReason reason, long timeMs) {
        recorder.order(order, state, reason, timeMs);
    }

    @Override
    public void onFill(Fill fill) {
        recorder.fill(fill);
        int instrument = fill.instrument();
        long qty = portfolio.qty(instrument);
        long entry = portfolio.entryPrice(instrument);
        recorder.position(new Position() {
            @Override
            public int instrument() {
                return instrument;
            }

            @Override
            public long qty() {
                return qty;
            }

            @Override
            public long entryPrice() {
                return entry;
            }

            @Override
            public long marginUsd() {
                return 0;
            }

            @Override
            public long liquidationPrice() {
                return 0;
            }
        }, fill.timeMs());
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
