package cascade.run;

import cascade.engine.JournalHandler;
import cascade.engine.ReplayDriver;
import cascade.model.RunObserver;
import cascade.execution.sim.FeeModel;
import cascade.execution.sim.ImpactModel;
import cascade.execution.sim.SimulatedVenue;
import cascade.execution.sim.SlippageModel;
import cascade.execution.sim.VenueConfig;
import cascade.feed.BadLinePolicy;
import cascade.feed.DataSources;
import cascade.feed.EventSource;
import cascade.feed.PeekingSource;
import cascade.feed.recording.RecordingWriter;
import cascade.learn.WeightLearner;
import cascade.market.Fixed;
import cascade.market.Instruments;
import cascade.report.BacktestResult;
import cascade.report.DecisionTally;
import cascade.report.ProgressBar;
import cascade.report.TradeLedger;
import cascade.sim.SimulatedMarket;
import cascade.store.RunInfo;
import cascade.store.RunKind;
import cascade.store.RunRecorder;
import cascade.store.RunStatus;
import cascade.store.RunStore;
import cascade.store.StoreObserver;
import cascade.strategy.StrategyLoader;
import cascade.strategy.StrategyProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one backtest: opens the data, wires the engine with the simulated venue, replays every event through
 * the ring, and assembles the {@link BacktestResult}. The run is recorded in the store when one is given.
 * Event time only: the same inputs give the same trades, byte for byte.
 */
public final class BacktestRunner {
    /**
     * @param policy what to do with malformed input lines
     * @param store where to record the run, or null for none
     * @param progress a terminal progress bar, or null
     * @param codeVersion recorded with the run
     * @param extra another observer of the run (e.g. the signals CSV writer), or null
     * @param journal where the ring's journal stage records every event replayed, or null for none
     */
    public record Options(BadLinePolicy policy, RunStore store, ProgressBar progress, String codeVersion,
            RunObserver extra, Path journal) {
        public Options(BadLinePolicy policy, RunStore store, ProgressBar progress, String codeVersion) {
            this(policy, store, progress, codeVersion, null, null);
        }

        public Options(BadLinePolicy policy, RunStore store, ProgressBar progress, String codeVersion,
                RunObserver extra) {
            this(policy, store, progress, codeVersion, extra, null);
        }
    }

    private BacktestRunner() {
    }

    public static BacktestResult run(BacktestSpec spec, Options options) throws IOException {
        return run(spec, options, null);
    }

    /**
     * @param learner the weight tuner of this run (it sees every decision and trade, and sets the weights
     *     when it adapts), or null for the profile's fixed weights
     */
    public static BacktestResult run(BacktestSpec spec, Options options, WeightLearner learner) throws IOException {
        StrategyProfile profile = StrategyLoader.load(spec.strategy());
        Instruments instruments = new Instruments();
        try (CoverageSource source = new CoverageSource(spec.simulation() != null
                ? new SimulatedMarket(spec.simulation(), instruments)
                : new PeekingSource(DataSources.open(spec.data(), instruments, options.policy())));
                RecordingWriter journal = options.journal() == null ? null
                        : new RecordingWriter(options.journal(), instruments)) {
            long barMs = source.barLengthMs();
            RunWiring.checkModesFitData(profile, barMs);
            SimulatedVenue venue = new SimulatedVenue(venueConfig(spec, profile), instruments);
            RunRecorder recorder = options.store() == null ? null
                    : options.store().startRun(new RunInfo(RunKind.BACKTEST, spec.name(), spec.sourceText(),
                            profile.name(), profile.sourceText(), source.describe(), options.codeVersion(),
                            System.currentTimeMillis()), instruments, 1 << 16, 4096);
            RunObserver storeObserver = recorder == null ? new RunObserver() { } : new StoreObserver(recorder);
            TradeLedger ledger = new TradeLedger(instruments, storeObserver::onTrade);
            long stepMs = spec.clockStep().resolve(barMs);
            DecisionTally tally = new DecisionTally();
            RunObserver observer = options.extra() == null ? RunObserver.all(ledger, storeObserver, tally)
                    : RunObserver.all(ledger, storeObserver, tally, options.extra());
            if (learner != null) {
                observer = RunObserver.all(observer, learner);
            }
            RunWiring w = new RunWiring(profile, instruments, venue, observer, barMs,
                    stepMs, spec.sampleStep().resolve(barMs), spec.initialBalanceUsd(),
                    journal == null ? null : new JournalHandler(journal), recorder == null ? 0 : recorder.runId());
            RunStatus status = RunStatus.FAILED;
            try {
                w.decisions.tradeFrom(spec.fromMs());
                w.decisions.learner(learner);
                w.monitor.sampleFrom(spec.fromMs());
                w.engine.start();
                ReplayDriver driver = new ReplayDriver(spec.toMs(), barMs > 0 ? 0 : stepMs);
                driver.run(source, w.engine, t -> progress(options.progress(), spec, source, t));
                w.engine.close();
                if (options.progress() != null) {
                    options.progress().finish();
                }
                if (w.engine.errors() > 0) {
                    throw new EngineFailure(w.engine.errors(), w.engine.firstError());
                }
                if (w.monitor.firstSampleMs() == Long.MIN_VALUE) {
                    throw source.nothingInPeriod(spec.fromMs(), spec.toMs());
                }
                BacktestResult result = RunResults.assemble(spec, profile, source, venue, w, ledger, tally,
                        recorder == null ? "unsaved" : Long.toString(recorder.runId()), barMs);
                status = RunStatus.COMPLETED;
                if (recorder != null) {
                    cascade.report.Metrics metrics = cascade.report.MetricsCalculator.calculate(result);
                    recorder.metrics(metrics.strategyMap(), metrics.buyAndHoldMap());
                    if (learner != null) {
                        LearnedRecords.write(options.store(), recorder.runId(), learner, List.of());
                    }
                }
                return result;
            } finally {
                w.engine.close();
                if (recorder != null) {
                    recorder.runFinished(status, System.currentTimeMillis());
                    recorder.close();
                }
            }
        }
    }

    /** The simulated venue of a spec: the same for a backtest and for paper trading. */
    public static VenueConfig venueConfig(BacktestSpec spec, StrategyProfile profile) {
        BacktestSpec.VenueCosts c = spec.venue();
        return VenueConfig.defaults(Fixed.usdMicros(spec.initialBalanceUsd()))
                .withFees(new FeeModel(c.makerFee(), c.takerFee()))
                .withSlippage(new SlippageModel(c.slippageBps(), 0, 60_000))
                .withLatencyMs(c.latency().resolve(0))
                .withMaintenance(c.maintenance())
                .withImpact(new ImpactModel(c.impactModel(), c.impactBps()))
                .withLiquidationFeeRate(c.liquidationFee())
                .withLimitFillShare(c.limitFillShare())
                .withDefaultLeverage(profile.risk().leverage())
                .withFundingIntervalMs(c.fundingInterval().resolve(0));
    }

    private static void progress(ProgressBar bar, BacktestSpec spec, EventSource source, long timeMs) {
        if (bar == null) {
            return;
        }
        double fraction = source.progress();
        if (Double.isNaN(fraction) && spec.fromMs() != Long.MIN_VALUE && spec.toMs() != Long.MAX_VALUE) {
            fraction = (timeMs - spec.fromMs()) / (double) (spec.toMs() - spec.fromMs());
        }
        if (!Double.isNaN(fraction)) {
            bar.update(Math.max(0, fraction), 0);
        }
    }

    /** A ring stage threw: the run's results cannot be trusted. */
    public static final class EngineFailure extends RuntimeException {
        public EngineFailure(long errors, Throwable first) {
            super(errors + " engine error(s); the first: " + first, first);
        }
    }
}
