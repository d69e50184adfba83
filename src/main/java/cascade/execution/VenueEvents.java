package cascade.execution;

import cascade.market.MarketEvent;

/**
 * Where a venue reports what happened to our orders and account: fills, acknowledgements, rejects,
 * cancels, funding, its view of positions and balance, and its connection status, each one a
 * {@link MarketEvent} of a venue type. A venue with its own threads publishes them into the ring; the
 * simulated venue, which runs on the decision thread, hands them over in event-time order at the end of
 * each matching step. Either way the decision thread applies them in one place ({@link ExecutionStage}).
 * The event is only valid during the call.
 */
@FunctionalInterface
public interface VenueEvents {
    void onVenueEvent(MarketEvent event);
}
