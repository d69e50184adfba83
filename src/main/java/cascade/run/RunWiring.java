package cascade.run;

import cascade.decision.DecisionStage;
import cascade.decision.ModeRunner;
import cascade.engine.Engine;
import cascade.engine.EngineHandler;
import cascade.execution.ClientOrderIds;
import cascade.execution.ExecutionStage;
import cascade.execution.OrderBook;
import cascade.execution.OrderRouter;
import cascade.execution.Portfolio;
import cascade.execution.Venue;
import cascade.market.Fixed;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.model.RunObserver;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.dsl.ProducerType;
import cascade.risk.PositionSizer;
import cascade.risk.RiskGate;
import cascade.signal.Window;
import cascade.state.MarketState;
import cascade.strategy.CardSpec;
import cascade.strategy.ModeProfile;
import cascade.strategy.StrategyProfile;
import java.util.List;

/**
 * Builds the engine for a run — the same wiring for backtests, paper and live; only the source and the
 * venue differ. Read top to bottom it is the data flow: market state → order book and portfolio → risk →
 * router → venue → execution stage (venue events) → modes and cards, with the monitor sampling equity at
 * cycles.
 */
public final class RunWiring {
    public final MarketState market;
    public final OrderBook book;
    public final Portfolio portfolio;
    public final RiskGate gate;
    public final OrderRouter router;
    public final ExecutionStage execution;
    public final DecisionStage decisions;
    public final RunMonitor monitor;
    public final EngineHandler handler;
    public final Engine engine;

    /**
     * @param barMs bar length of the data, 0 for event-level data
     * @param stepMs card evaluation step for event data (the clock tick), ignored for bars
     * @param sampleStepMs equity sampling step for event data
     */
    public RunWiring(StrategyProfile profile, Instruments instruments, Venue venue, RunObserver observer, long barMs,
            long stepMs, long sampleStepMs, double initialEquityUsd) {
        this(profile, instruments, venue, observer, barMs, stepMs, sampleStepMs, initialEquityUsd, null, 0);
    }

    /**
     * @param journal the ring's journal stage (records what came in), or null for none
     * @param runKey the run's id (client order ids are made from it)
     */
    public RunWiring(StrategyProfile profile, Instruments instruments, Venue venue, RunObserver observer, long barMs,
            long stepMs, long sampleStepMs, double initialEquityUsd, EventHandler<MarketEvent> journal, long runKey) {
        this(profile, instruments, venue, observer, barMs, stepMs, sampleStepMs, initialEquityUsd, journal, runKey,
                ProducerType.SINGLE, null);
    }

    /**
     * @param producers MULTI when feeds and a clock publish from their own threads (paper, live)
     * @param alsoAtCycles hears every cycle after the monitor, on the decision thread (the status page), or null
     */
    public RunWiring(StrategyProfile profile, Instruments instruments, Venue venue, RunObserver observer, long barMs,
            long stepMs, long sampleStepMs, double initialEquityUsd, EventHandler<MarketEvent> journal, long runKey,
            ProducerType producers, EngineHandler.CycleListener alsoAtCycles) {
        List<ModeRunner> modes = profile.modes().stream().map(m -> new ModeRunner(m, barMs)).toList();
        long bucketMs = barMs > 0 ? barMs : stepMs;
        // 2. market state: buckets enough for the longest window and its baseline
        market = new MarketState(instruments, bucketMs, bucketsNeeded(modes, bucketMs), 4096,
                profile.liquidationMapConfig());
        // 3. the order book and the portfolio: the decision thread's own record of orders and positions
        book = new OrderBook();
        portfolio = new Portfolio(instruments, Fixed.usdMicros(initialEquityUsd));
        // 5. risk: sizing and hard limits, checked before any order leaves, reading the book's portfolio
        gate = new RiskGate(profile.risk(), instruments, market, portfolio);
        router = new OrderRouter(venue, gate, book, instruments, market, observer, new ClientOrderIds(runKey));
        // 6. what the venue reports comes back through the execution stage into the book and the portfolio
        execution = new ExecutionStage(instruments, book, portfolio, gate, observer);
        venue.connect(execution);
        // 4. cards and decision cycles; position managers follow the book's order events
        decisions = new DecisionStage(modes, instruments, market, router, router::decision,
                new PositionSizer(profile.risk()), portfolio, observer);
        execution.setOwner(decisions);
        Window chartWindow = modes.get(0).windows()[0];
        monitor = new RunMonitor(portfolio, market, decisions, sampleStepMs, chartWindow.lengthMs(),
                initialEquityUsd);
        // 1. the ring: venue events | market event → portfolio → venue → market state → decisions → monitor
        EngineHandler.CycleListener cycles = alsoAtCycles == null ? monitor : new EngineHandler.CycleListener() {
            @Override
            public void onBarClose(MarketEvent bar) {
                monitor.onBarClose(bar);
                alsoAtCycles.onBarClose(bar);
            }

            @Override
            public void onClock(long timeMs) {
                monitor.onClock(timeMs);
                alsoAtCycles.onClock(timeMs);
            }
        };
        handler = new EngineHandler(venue, execution, portfolio, gate, market, decisions, cycles);
        engine = new Engine(handler, journal, gate::haltForError, 1 << 14, producers);
    }

    /** Checks that the profile's cycles fit the data: bar modes need bars, timed modes event-level data. */
    public static void checkModesFitData(StrategyProfile profile, long barMs) {
        for (ModeProfile m : profile.modes()) {
            if (m.isBarCycle() && barMs == 0) {
                throw new IllegalArgumentException("mode '" + m.name() + "' of strategy '" + profile.name()
                        + "' decides at bar closes, but the data has no bars (event-level data needs timed modes)");
            }
            if (!m.isBarCycle() && barMs > 0) {
                throw new IllegalArgumentException("mode '" + m.name() + "' of strategy '" + profile.name()
                        + "' has a timed cycle (" + m.cycle() + "), but the data is bars: use 'cycle: bar'");
            }
        }
    }

    private static int bucketsNeeded(List<ModeRunner> modes, long bucketMs) {
        long most = 1;
        for (ModeRunner m : modes) {
            int lookback = 1;
            for (CardSpec spec : m.profile().cards()) {
                lookback = Math.max(lookback, spec.card().lookbackWindows());
            }
            for (Window w : m.windows()) {
                most = Math.max(most, (w.lengthMs() / bucketMs) * lookback);
            }
        }
        return (int) Math.min(Integer.MAX_VALUE - 8, most + 2);
    }
}
