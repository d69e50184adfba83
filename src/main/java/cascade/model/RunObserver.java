package cascade.model;


/**
 * What a run reports outward, for the run store and the report. Called on the engine thread, so an
 * implementation must only hand the facts on (queue them), never do I/O inline.
 */
public interface RunObserver {
    /** Status is "SUBMITTED", "DENIED" (by risk), "REJECTED" (by the venue) or "CANCELLED". */
    default void onOrder(Order order, String status, RejectReason reason, long timeMs) {
    }

    default void onFill(Fill fill) {
    }

    default void onFunding(FundingPayment payment) {
    }

    default void onDecision(Decision decision) {
    }

    default void onTrade(Trade trade) {
    }

    /** Fans one call out to several observers. */
    static RunObserver all(RunObserver... observers) {
        return new RunObserver() {
            @Override
            public void onOrder(Order order, String status, RejectReason reason, long timeMs) {
                for (RunObserver o : observers) {
                    o.onOrder(order, status, reason, timeMs);
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
