package cascade.engine;

import cascade.decision.DecisionStage;
import cascade.execution.ExecutionStage;
import cascade.execution.Portfolio;
import cascade.execution.Venue;
import cascade.market.EventType;
import cascade.market.MarketEvent;
import cascade.risk.RiskGate;
import cascade.state.MarketState;
import com.lmax.disruptor.EventHandler;

/**
 * The decision thread: the single owner of decision state (order book, portfolio, positions, windows).
 * For each event, in this order:
 * <ol>
 * <li>a venue event (fill, acknowledgement, reject, cancel, funding, snapshot, status) published by a
 *     venue's own thread is applied by the execution stage, and that is all;</li>
 * <li>otherwise, a market event: the portfolio marks to it, then the venue sees it (the simulated venue
 *     fills working orders, triggers stops, settles funding and checks our liquidation, handing its reports
 *     to the execution stage as it goes), and the daily loss limit sees the new equity on marks;</li>
 * <li>market state — rolling windows per symbol;</li>
 * <li>cards and decision cycles — at a bar close (bar modes) or a clock tick (timed modes); risk and
 *     sizing run inside the cycle before any order reaches the venue;</li>
 * <li>the venue's answers to this event's requests are delivered; monitoring samples equity at cycles.</li>
 * </ol>
 * The same object is driven by the ring in every run mode, so backtest, paper and live share this path.
 */
public final class EngineHandler implements EventHandler<MarketEvent> {
    private final Venue venue;
    private final ExecutionStage execution;
    private final Portfolio portfolio;
    private final RiskGate gate;
    private final MarketState market;
    private final DecisionStage decisions;
    private final CycleListener cycles;
    private long events;

    /** Hears every decision cycle after decisions were taken (equity sampling). */
    public interface CycleListener {
        void onBarClose(MarketEvent bar);

        void onClock(long timeMs);
    }

    public EngineHandler(Venue venue, ExecutionStage execution, Portfolio portfolio, RiskGate gate,
            MarketState market, DecisionStage decisions, CycleListener cycles) {
        this.venue = venue;
        this.execution = execution;
        this.portfolio = portfolio;
        this.gate = gate;
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
        if (e.type.isVenueEvent()) {
            // 1. what a venue with its own threads reported
            execution.onVenueEvent(e);
            venue.deliver();
            return;
        }
        // 2. execution: marks, then fills, stops, funding, our own liquidation
        portfolio.onMarketEvent(e);
        venue.onMarketEvent(e);
        if (Portfolio.marksEquity(e)) {
            gate.onEquity(e.timeMs, portfolio.equityUsd(), portfolio.anyOpen());
        }
        // 3. market state
        market.onEvent(e);
        // 4. cards → decision cycles → risk & sizing → orders
        if (e.type == EventType.BAR) {
            decisions.onBarClose(e.instrument, e.timeMs);
            venue.deliver();
            cycles.onBarClose(e);
        } else if (e.type == EventType.CLOCK) {
            market.onClock(e.timeMs);
            decisions.onClock(e.timeMs);
            venue.deliver();
            cycles.onClock(e.timeMs);
        }
    }
}
