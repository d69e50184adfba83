package cascade.sim;

import cascade.market.Side;

/**
 * Sees the position lifecycle inside the simulator, which no real feed shows: for checks (conservation,
 * crossing) and ground-truth studies. Called on the simulating thread, possibly up to one step ahead of
 * the events handed out; positions opened during warm-up are reported with their (pre-start) times.
 */
public interface SimulationListener {
    /** Listens to nothing. */
    SimulationListener NONE = new SimulationListener() {
    };

    /**
     * A position was opened.
     *
     * @param positionId unique within the instrument
     * @param side BUY for a long, SELL for a short
     */
    default void opened(int instrument, long timeMs, long positionId, Side side, long entryPrice, long qty,
            long liquidationPrice, int leverage) {
    }

    /** A position was closed voluntarily. */
    default void closed(int instrument, long timeMs, long positionId, long qty) {
    }

    /**
     * A position was liquidated because the price crossed its liquidation price during the step that moved
     * the price from {@code stepStartPrice} to {@code stepEndPrice}.
     *
     * @param forcedSide SELL when a long was liquidated
     */
    default void liquidated(int instrument, long timeMs, long positionId, Side forcedSide, long liquidationPrice,
            long qty, long stepStartPrice, long stepEndPrice) {
    }
}
