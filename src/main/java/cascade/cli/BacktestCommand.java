package cascade.cli;

import cascade.config.AppConfig;
import cascade.feed.BadLinePolicy;
import cascade.learn.LearnConfig;
import cascade.learn.WeightLearner;
import cascade.learn.WeightSet;
import cascade.run.StoredWeights;
import cascade.report.BacktestResult;
import cascade.report.LearnedWeightsReport;
import cascade.report.ProgressBar;
import cascade.report.ReportFiles;
import cascade.report.ReportWriter;
import cascade.report.SummaryPrinter;
import cascade.run.BacktestRunner;
import cascade.run.BacktestSpec;
import cascade.run.BacktestSpecLoader;
import cascade.run.DataKind;
import cascade.run.EffectiveSpec;
import cascade.strategy.StrategyLoader;
import cascade.store.RunDetails;
import cascade.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cascade backtest [SPEC]}: replays recorded data through the engine and writes a report. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Run a backtest over recorded data and write the report.",
            "Without SPEC runs backtests/default.yml: one year of Binance BTCUSDT 4h bars."})
public final class BacktestCommand implements Callable<Integer> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BacktestCommand.class);

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", description = "Backtest spec (YAML).")
    Path specFile;

    @Option(names = "--data", arity = "1..*", paramLabel = "FILE",
            description = "Data files or recording directories instead of the spec's.")
    List<Path> data;

    @Option(names = "--strategy", paramLabel = "FILE", description = "Strategy profile instead of the spec's.")
    Path strategy;

    @Option(names = "--from", paramLabel = "T", description = "First event time: 2025-01-31, ISO instant or epoch ms.")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "End (exclusive), same forms as --from.")
    String to;

    @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: runs/<spec>-<run id>).")
    Path out;

    @Option(names = "--skip-bad-lines", description = "Skip malformed input lines (counted in the report) "
            + "instead of stopping at the first.")
    boolean skipBadLines;

    @Option(names = "--no-store", description = "Do not record the run in the run store.")
    boolean noStore;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "Also record every replayed event into this .casc recording (the ring's journal stage).")
    Path journal;

    @Option(names = "--force", description = "Overwrite an existing --journal file or report in --out.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings, errors and where the report is.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also log DEBUG lines (console and run.log).")
    boolean verbose;

    @Option(names = "--learn", description = "Learn card weights as the run goes (the weight tuner, "
            + "cascade.learn): each mode's weights follow its cards' labelled outcomes.")
    boolean learn;

    @Option(names = "--weights-from", paramLabel = "RUN", description = "Start from the weights a stored run "
            + "learned (see cascade weights); with --learn keep learning from them, without hold them fixed.")
    Long weightsFrom;

    @Override
    public Integer call() throws Exception {
        return Guard.run(() -> {
            try (RunLog log = RunLog.start(quiet, verbose)) {
                return backtest(log);
            }
        });
    }

    private int backtest(RunLog log) throws Exception {
        Path specPath = specFile != null ? specFile : CascadeCli.shipped("backtests/default.yml");
        BacktestSpec loaded = BacktestSpecLoader.load(specPath);
        BacktestSpec spec = withOverrides(loaded);
        String choice = null;
        if (strategy == null && data != null) {
            boolean bars = DataKind.isBars(spec.data());
            if (!DataKind.fits(StrategyLoader.load(spec.strategy()), bars)) {
                Path chosen = CascadeCli.shipped(bars ? DataKind.BAR_PROFILE : DataKind.EVENT_PROFILE);
                choice = "Strategy " + chosen + " chosen for " + (bars ? "bar" : "event-level") + " data: the spec's "
                        + spec.strategy().getFileName() + " does not decide on it (--strategy to choose another).";
                spec = spec.withStrategy(chosen);
            }
        }
        if (data != null) {
            String from = "Data from --data; balance, venue costs and period from the spec " + specPath + ".";
            choice = choice == null ? from : choice + " " + from;
        }
        List<Path> inputs = new ArrayList<>(spec.data());
        inputs.add(spec.strategy());
        inputs.add(specPath);
        Outputs.checkFile("--journal", journal, force, inputs);
        List<String> written = new ArrayList<>(ReportWriter.FILE_NAMES);
        written.add(RunLog.FILE_NAME);
        Outputs.checkDirectory("--out", out, force, written);
        AppConfig app = CascadeCli.appConfig();
        long started = System.nanoTime();
        LOG.info("backtest {}: strategy {}, data {}, period {}", specPath, spec.strategy(),
                spec.simulation() != null ? "simulated" : spec.data(), periodText(spec));
        if (choice != null) {
            LOG.info(choice);
        }
        BacktestResult result;
        ReportFiles files;
        WeightLearner learner;
        WeightSet start = null;
        if (weightsFrom != null) {
            try (RunStore stored = RunStore.open(app.store())) {
                start = StoredWeights.load(stored, weightsFrom, StrategyLoader.load(spec.strategy()));
            }
        }
        try (RunStore store = noStore ? null : RunStore.open(app.store())) {
            BacktestRunner.Options options = new BacktestRunner.Options(
                    skipBadLines ? BadLinePolicy.SKIP : BadLinePolicy.FAIL, store,
                    quiet ? null : ProgressBar.forTerminal(),
                    CodeVersion.get(), null, journal);
            learner = learn || start != null ? new WeightLearner(LearnConfig.DEFAULT, learn, start) : null;
            result = BacktestRunner.run(EffectiveSpec.of(spec), options, learner);
            if (choice != null) {
                result = result.withNoteFirst(choice);
            }
            Path dir = out != null ? out : RunFolders.fresh(spec.outDir(), spec.name(), result.runId());
            files = ReportWriter.write(result, dir);
            LOG.info("run {} finished in {} s: {} trades, report in {}", result.runId(),
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9),
                    result.trades().size(), dir);
            log.writeInto(dir);
            if (store != null) {
                store.recordDetails(Long.parseLong(result.runId()), new RunDetails(result.dataDescription(),
                        result.fromMs(), result.toMs(), dir.toAbsolutePath().normalize().toString(),
                        Files.readString(files.summary())));
            }
        }
        if (!quiet) {
            SummaryPrinter.print(result, files.metrics(), System.out);
            System.out.println();
        }
        if (learner != null) {
            if (!quiet) {
                WeightsTable.print(learner, System.out);
            }
            System.out.printf("Weights: %s%n", LearnedWeightsReport.write(files.html().getParent(), learner.history(),
                    learner.stats()));
        }
        System.out.printf("Report: %s%nTrades: %s%nLog: %s%nTook %.1f s%n", files.html(), files.tradesCsv(),
                files.html().resolveSibling(RunLog.FILE_NAME), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static String periodText(BacktestSpec spec) {
        return (spec.fromMs() == Long.MIN_VALUE ? "start of data" : java.time.Instant.ofEpochMilli(spec.fromMs()))
                + " to " + (spec.toMs() == Long.MAX_VALUE ? "end of data" : java.time.Instant.ofEpochMilli(spec.toMs()));
    }

    private BacktestSpec withOverrides(BacktestSpec s) {
        long fromMs = TimeOptions.parse("--from", from, s.fromMs());
        long toMs = TimeOptions.parse("--to", to, s.toMs());
        TimeOptions.checkOrder(fromMs, toMs);
        BacktestSpec spec = data != null ? s.withData(List.copyOf(data)) : s;
        return new BacktestSpec(spec.name(), spec.description(), spec.data(),
                strategy != null ? strategy : spec.strategy(), fromMs, toMs, spec.initialBalanceUsd(), spec.venue(),
                spec.clockStep(), spec.sampleStep(), spec.outDir(), spec.sourceText(), spec.simulation());
    }
}
