package cascade.run;

import cascade.learn.WeightLearner;

import cascade.engine.JournalHandler;
import cascade.execution.sim.SimulatedVenue;
import cascade.feed.EventSource;
import cascade.feed.binance.BinanceMarketFeed;
import cascade.feed.binance.BinanceRest;
import cascade.feed.binance.BinanceRestException;
import cascade.feed.recording.RecordingWriter;
import cascade.market.Instruments;
import cascade.model.RunObserver;
import cascade.paper.LiveTicker;
import cascade.paper.ServerClock;
import cascade.report.BacktestResult;
import cascade.report.DecisionTally;
import cascade.report.TradeLedger;
import cascade.signal.Window;
import cascade.status.StatusServer;
import cascade.store.QueuePolicy;
import cascade.store.RunInfo;
import cascade.store.RunKind;
import cascade.store.RunRecorder;
import cascade.store.RunStatus;
import cascade.store.RunStore;
import cascade.store.StoreObserver;
import cascade.strategy.ModeProfile;
import cascade.strategy.StrategyLoader;
import cascade.strategy.StrategyProfile;
import com.lmax.disruptor.dsl.ProducerType;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A paper-trading session: the real engine ({@link RunWiring}, the backtest's code path) on live Binance
 * market data with the {@link SimulatedVenue} as the venue (the spec's matching, fees, slippage, impact,
 * latency and funding). The ring is multi-producer: the feed's threads and the clock publish into it. The
 * clock follows the venue's ({@link ServerClock}); its ticks and every market event go through the ring's
 * journal into a {@code .casc} recording, ticks included, so {@code cascade backtest SPEC --data JOURNAL}
 * replays the session to the same decisions. The run store records it with the NEVER_BLOCK queue policy.
 */
public final class PaperRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PaperRunner.class);

    /**
     * @param spec venue costs, initial balance, clock and sample steps (its data is not read)
     * @param strategy the strategy profile (timed modes)
     * @param restBase Binance REST ({@code https://fapi.binance.com}) or a fake's {@code http://127.0.0.1:P}
     * @param wsBase the WebSocket host ({@code wss://fstream.binance.com}); the market route is added
     * @param journal where everything received is recorded
     * @param store the run store, or null
     * @param statusPort the status page's port on 127.0.0.1 (0 any, -1 none)
     */
    public record Options(BacktestSpec spec, Path strategy, List<String> symbols, URI restBase, URI wsBase,
            Path journal, RunStore store, int statusPort, String codeVersion, long silenceMs, WeightLearner learner) {
        /** Without the weight tuner: the profile's weights, held fixed. */
        public Options(BacktestSpec spec, Path strategy, List<String> symbols, URI restBase, URI wsBase, Path journal,
                RunStore store, int statusPort, String codeVersion, long silenceMs) {
            this(spec, strategy, symbols, restBase, wsBase, journal, store, statusPort, codeVersion, silenceMs, null);
        }
    }

    private final Options options;
    private final StrategyProfile profile;
    private final Instruments instruments = new Instruments();
    private final ServerClock clock = new ServerClock(System::nanoTime);
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "cascade-paper-clock");
        t.setDaemon(true);
        return t;
    });
    private BinanceRest rest;
    private BinanceMarketFeed feed;
    private LiveTicker ticker;
    private RecordingWriter journal;
    private JournalHandler journalStage;
    private RunRecorder recorder;
    private RunWiring wiring;
    private SimulatedVenue venue;
    private TradeLedger ledger;
    private DecisionTally tally;
    private PaperStatus status;
    private StatusServer statusServer;
    private boolean stopped;

    public PaperRunner(Options options) {
        this.options = options;
        this.profile = StrategyLoader.load(options.strategy());
        RunWiring.checkModesFitData(profile, 0);
    }

    /** Registers the symbols from exchangeInfo, wires the engine, starts the clock, the feed and the page. */
    public void start() throws IOException, BinanceRestException {
        rest = new BinanceRest(options.restBase());
        List<String> symbols = BinanceMarketFeed.registerInstruments(rest, instruments, options.symbols());
        syncClock();
        BacktestSpec spec = options.spec();
        venue = new SimulatedVenue(BacktestRunner.venueConfig(spec, profile), instruments);
        journal = new RecordingWriter(options.journal(), instruments, "cascade paper", System.currentTimeMillis());
        journal.defineAll();
        journalStage = new JournalHandler(journal, true);
        recorder = options.store() == null ? null
                : options.store().startRun(new RunInfo(RunKind.PAPER, spec.name(), spec.sourceText(), profile.name(),
                        profile.sourceText(), "binance " + String.join(",", symbols) + " @ " + options.restBase(),
                        options.codeVersion(), System.currentTimeMillis()), instruments, QueuePolicy.NEVER_BLOCK);
        String runId = recorder == null ? "unsaved" : Long.toString(recorder.runId());
        RunObserver storeObserver = recorder == null ? new RunObserver() { } : new StoreObserver(recorder);
        tally = new DecisionTally();
        status = new PaperStatus(instruments, runId, longestWindowMs(profile), spec.initialBalanceUsd(),
                System::currentTimeMillis);
        PaperStatus page = status;
        ledger = new TradeLedger(instruments, t -> {
            storeObserver.onTrade(t);
            page.onTrade(t);
        });
        long stepMs = spec.clockStep().resolve(0);
        RunObserver observers = RunObserver.all(ledger, storeObserver, tally, status);
        if (options.learner() != null) {
            // the tuner sees every decision and trade on the decision thread, from the journaled input only, so
            // a replay of the journal with the same start learns the same weights at the same moments
            observers = RunObserver.all(observers, options.learner());
        }
        wiring = new RunWiring(profile, instruments, venue, observers, 0,
                stepMs, spec.sampleStep().resolve(0), spec.initialBalanceUsd(), journalStage,
                recorder == null ? 0 : recorder.runId(), ProducerType.MULTI, status);
        if (options.learner() != null) {
            wiring.decisions.learner(options.learner());
        }
        wiring.engine.start();
        ticker = new LiveTicker(clock, stepMs, wiring.engine::publish);
        BinanceMarketFeed.Config config = BinanceMarketFeed.Config.of(options.restBase(), options.wsBase())
                .withSilence(options.silenceMs());
        feed = new BinanceMarketFeed(config, instruments, symbols, rest, ticker::publish, System::currentTimeMillis);
        feed.clockRate(clock::rate);
        status.bind(wiring, feed.stats(), this::counters, clock::rate);
        if (options.statusPort() >= 0) {
            statusServer = new StatusServer(options.statusPort(), status::json);
            LOG.info("paper: status page on http://127.0.0.1:{}/", statusServer.port());
        }
        ticker.onTimer(); // the journal's first event is a tick
        feed.start();
        timers.scheduleWithFixedDelay(this::tickSafely, 5, 5, TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(this::syncSafely, 1000, 1000, TimeUnit.MILLISECONDS);
        LOG.info("paper: run {} on {} symbols, clock step {} ms", runId, symbols.size(), stepMs);
    }

    private void syncClock() throws IOException, BinanceRestException {
        long sent = System.nanoTime();
        long server = rest.serverTime();
        clock.sync(server, sent, System.nanoTime());
    }

    private void syncSafely() {
        try {
            syncClock();
        } catch (IOException | BinanceRestException | RuntimeException e) {
            LOG.warn("paper: clock sync failed, reason: {}", e.toString());
        }
    }

    private void tickSafely() {
        try {
            ticker.onTimer();
        } catch (RuntimeException e) {
            LOG.error("paper: clock tick failed", e);
        }
    }

    private Map<String, Long> counters() {
        Map<String, Long> c = new LinkedHashMap<>();
        if (ticker != null) {
            c.put("clock.ticks", ticker.ticks());
            c.put("clock.late_events", ticker.lateEvents());
            c.put("events.published", ticker.events());
        }
        if (journalStage != null) {
            c.put("journal.events", journalStage.written());
        }
        if (wiring != null) {
            c.put("engine.errors", wiring.engine.errors());
        }
        if (recorder != null) {
            c.put("store.spilled", recorder.recordsSpilled());
            c.put("store.write_errors", recorder.writeErrors());
        }
        return c;
    }

    /** The store recorder's queue policy (NEVER_BLOCK: the decision thread never waits), or null without a store. */
    public QueuePolicy queuePolicy() {
        return recorder == null ? null : recorder.queuePolicy();
    }

    /** Records the store could not write so far (0 without a store). */
    public long storeWriteErrors() {
        return recorder == null ? 0 : recorder.writeErrors();
    }

    public int statusPort() {
        return statusServer == null ? -1 : statusServer.port();
    }

    public BinanceMarketFeed feed() {
        return feed;
    }

    public LiveTicker ticker() {
        return ticker;
    }

    public ServerClock clock() {
        return clock;
    }

    /** Orders the decision thread has seen filled so far (for progress; read racily). */
    public long fills() {
        return venue == null ? 0 : venue.fills();
    }

    /**
     * Stops the feed and the clock, lets the ring drain, closes the journal and the store's run, and returns
     * the session's result (trades, fees, counters) as a backtest would.
     */
    public BacktestResult stop() throws IOException {
        if (stopped) {
            throw new IllegalStateException("already stopped");
        }
        stopped = true;
        feed.close();
        timers.shutdownNow();
        try {
            timers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wiring.engine.close();
        journal.close();
        RunStatus runStatus = wiring.engine.errors() > 0 ? RunStatus.FAILED : RunStatus.COMPLETED;
        BacktestResult result;
        try (EventSource described = new Described(feed)) {
            result = RunResults.assemble(options.spec(), profile, described, venue, wiring, ledger, tally,
                    recorder == null ? "unsaved" : Long.toString(recorder.runId()), 0);
            if (recorder != null) {
                cascade.report.Metrics metrics = cascade.report.MetricsCalculator.calculate(result);
                recorder.metrics(metrics.strategyMap(), metrics.buyAndHoldMap());
                if (options.learner() != null) {
                    LearnedRecords.write(options.store(), recorder.runId(), options.learner(), List.of());
                }
            }
        } finally {
            if (recorder != null) {
                recorder.runFinished(runStatus, System.currentTimeMillis());
                recorder.close();
            }
        }
        return result;
    }

    @Override
    public void close() throws IOException {
        if (statusServer != null) {
            statusServer.close();
        }
        if (!stopped && wiring != null) {
            stop();
        }
    }

    private static long longestWindowMs(StrategyProfile profile) {
        long most = 0;
        for (ModeProfile m : profile.modes()) {
            for (Window w : new cascade.decision.ModeRunner(m, 0).windows()) {
                most = Math.max(most, w.lengthMs());
            }
        }
        return most;
    }

    /** What RunResults reads of a source: its description. */
    private record Described(BinanceMarketFeed feed) implements EventSource {
        @Override
        public boolean next(cascade.market.MarketEvent into) {
            return false;
        }

        @Override
        public String describe() {
            return "paper: " + feed.streamUri();
        }
    }
}
