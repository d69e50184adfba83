package cascade.model;

/**
 * What a venue reports back. In a backtest the simulated venue calls it on the engine thread while it
 * processes a market event; live adapters publish the same facts into the ring as events first.
 */
public interface VenueListener {
    void onFill(Fill fill);

    void onReject(Order order, RejectReason reason, long timeMs);

    void onCancel(Order order, long timeMs);

    void onFunding(FundingPayment payment);
}
