package cascade.sim;

/**
 * Ground truth no real feed gives: where every open position's liquidation price really is. Used to
 * score liquidation-map predictions. The view reflects the simulation as of {@link #asOfMs()}: while the
 * events stamped at a step boundary (mark price, open interest, funding) are being handed out it is
 * exactly that boundary; after them the step has been simulated and it is the step's end.
 */
public interface LiquidationTruth {

    /** The event time the positions below are as of. */
    long asOfMs();

    /** The instrument ids (registry ids) of the simulated symbols, in config order. */
    int[] instruments();

    /** Price as of {@link #asOfMs()}, instrument units. */
    long price(int instrument);

    /** Number of open positions. */
    int openPositions(int instrument);

    /** Open interest (sum of open quantities) in MarketEvent.OI_SCALE units of base currency. */
    long openInterest(int instrument);

    /** Visits every open position (no particular order). */
    void forEachOpenPosition(int instrument, OpenPositionVisitor visitor);

    /**
     * The USD (quantity × liquidation price) that would be liquidated at each price level, per side,
     * bucketed over [lowPrice, highPrice); levels outside are left out.
     */
    LiquidationHistogram histogram(int instrument, long lowPrice, long highPrice, int buckets);
}
