package cascade.execution;

import cascade.market.InstrumentFilters;
import cascade.market.MarketEvent;
import cascade.model.Order;

/**
 * Where orders go: the simulated venue (backtests), the paper venue (live data, simulated fills) or an
 * exchange adapter (live), three implementations of one contract:
 * <ul>
 * <li>{@link #submit} and {@link #cancel} are requests; they never call back. Every outcome — accepted,
 *     rejected, cancelled, expired, filled (in parts), a cancel refused — arrives later as a venue event on
 *     {@link VenueEvents}, as do funding payments, the venue's snapshots of position and balance, and its
 *     connection status.</li>
 * <li>Orders reaching a venue have already been recorded in the order book and passed the instrument's
 *     filters and risk.</li>
 * </ul>
 */
public interface Venue {

    /** Registers where events go; called once before the first event. */
    void connect(VenueEvents events);

    /** Sends an order. Its outcome arrives as events. */
    void submit(Order order);

    /** Asks for a working order to be cancelled: ORDER_CANCELLED, or CANCEL_REJECTED if it is gone. */
    void cancel(Order order, long timeMs);

    /** Sees every market event before the strategy does: simulated venues match orders and settle funding. */
    void onMarketEvent(MarketEvent event);

    /**
     * Hands over events queued since the last call (the simulated venue's answers to requests made on the
     * decision thread); venues with their own threads publish as things happen and do nothing here.
     */
    default void deliver() {
    }

    /** Sets isolated-margin leverage for an instrument. */
    void setLeverage(int instrument, int leverage);

    /** The instrument's filters as the venue reports them, or null to use the defaults. */
    default InstrumentFilters filters(int instrument) {
        return null;
    }
}
