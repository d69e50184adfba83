package cascade.execution;

import cascade.model.Order;
import cascade.model.RejectReason;
import cascade.model.Position;
import cascade.model.VenueListener;

import cascade.market.MarketEvent;

/**
 * Where orders go: the simulated venue (backtests), the paper venue (live data, simulated fills) or an
 * exchange adapter (live). Every venue reports fills, rejects, cancels and funding to its
 * {@link VenueListener}. Orders reaching a venue have already passed risk.
 */
public interface Venue {

    /** Registers the listener; called once before the first event. */
    void setListener(VenueListener listener);

    /** Accepts an order for execution. Outcomes arrive on the listener (possibly later in event time). */
    void submit(Order order);

    /** Cancels a working order; a no-op (with {@link RejectReason#UNKNOWN_ORDER}) if it is gone. */
    void cancel(long orderId, long timeMs);

    /** Cancels every working order of an instrument. */
    void cancelAll(int instrument, long timeMs);

    /** Sees every market event before the strategy does: simulated venues match orders and settle funding here. */
    void onMarketEvent(MarketEvent event);

    /** Sets isolated-margin leverage for an instrument. */
    void setLeverage(int instrument, int leverage);

    Position position(int instrument);

    /** Wallet balance plus unrealised PnL at the last known prices, USD micros. */
    long equityUsd();

    /** Wallet balance (realised), USD micros. */
    long balanceUsd();
}
