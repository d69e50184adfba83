package cascade.model;

/**
 * What a run reports outward, for the run store, the report and the learner. Called on the decision
 * thread, so an implementation must only hand the facts on (queue them), never do I/O inline.
 */
public interface RunObserver {
    /** An order moved to {@code state}; {@code reason} is set for DENIED and REJECTED. */
    default void onOrder(Order order, OrderState state, RejectReason reason, long timeMs) {
    }

    default void onFill(Fill fill) {
    }

    default void onFunding(FundingPayment payment) {
    }

    /**
     * The book's position on an instrument after a fill changed it (primitives: the decision thread makes no
     * object for an observer that does not keep it).
     */
    default void onPosition(int instrument, long qty, long entryPrice, long timeMs) {
    }

    default void onDecision(Decision decision) {
    }

    default void onTrade(Trade trade) {
    }

    /** Fans one call out to several observers. */
    static RunObserver all(RunObserver... observers) {
        return new RunObserver() {
            @Override
            public void onOrder(Order order, OrderState state, RejectReason reason, long timeMs) {
                for (RunObserver o : observers) {
                    o.onOrder(order, state, reason, timeMs);
                }
            }

            @Override
            public void onFill(Fill fill) {
                for (RunObserver o : observers) {
                    o.onFill(fill);
                }
            }

            @Override
            public void onFunding(FundingPayment payment) {
                for (RunObserver o : observers) {
                    o.onFunding(payment);
                }
            }

            @Override
            public void onPosition(int instrument, long qty, long entryPrice, long timeMs) {
                for (RunObserver o : observers) {
                    o.onPosition(instrument, qty, entryPrice, timeMs);
                }
            }

            @Override
            public void onDecision(Decision decision) {
                for (RunObserver o : observers) {
                    o.onDecision(decision);
                }
            }

            @Override
            public void onTrade(Trade trade) {
                for (RunObserver o : observers) {
                    o.onTrade(trade);
                }
            }
        };
    }
}
