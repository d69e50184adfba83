package cascade.engine;

import cascade.decision.DecisionStage;
import cascade.execution.Venue;
import cascade.market.EventType;
import cascade.market.MarketEvent;
import cascade.state.MarketState;
import com.lmax.disruptor.EventHandler;

/**
 * The decision thread: the single owner of decision state. For each event, in this order:
 * <ol>
 * <li>execution — the venue sees the event first: working orders fill, stops trigger, funding settles and
 *     our own liquidation is checked (fills call back into the position managers);</li>
 * <li>market state — rolling windows per symbol;</li>
 * <li>cards and decision cycles — at a bar close (bar modes) or a clock tick (timed modes); risk and
 *     sizing run inside the cycle before any order reaches the venue;</li>
 * <li>monitoring — equity, buy-and-hold and the daily loss state, sampled at cycles.</li>
 * </ol>
 * The same object is driven by the ring in every run mode, so backtest, paper and live share this path.
 */
public final class EngineHandler implements EventHandler<MarketEvent> {
    private final Venue venue;
    private final MarketState market;
    private final DecisionStage decisions;
    private final CycleListener cycles;
    private long events;

    /** Hears every decision cycle after decisions were taken (equity sampling, daily loss limit). */
    public interface CycleListener {
        void onBarClose(MarketEvent bar);

        void onClock(long timeMs);
    }

    public EngineHandler(Venue venue, MarketState market, DecisionStage decisions, CycleListener cycles) {
        this.venue = venue;
        this.market = market;
        this.decisions = decisions;
        this.cycles = cycles;
    }

    public long events() {
        return events;
    }

    @Override
    public void onEvent(MarketEvent e, long sequence, boolean endOfBatch) {
        events++;
        // 1. execution: fills, stops, funding, our own liquidation
        venue.onMarketEvent(e);
        // 2. market state
        market.onEvent(e);
        // 3. cards → decision cycles → risk & sizing → orders
        if (e.type == EventType.BAR) {
            decisions.onBarClose(e.instrument, e.timeMs);
            cycles.onBarClose(e);
        } else if (e.type == EventType.CLOCK) {
            market.onClock(e.timeMs);
            decisions.onClock(e.timeMs);
            cycles.onClock(e.timeMs);
        }
    }
}
