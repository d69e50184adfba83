package cascade.cli;

import cascade.config.AppConfig;
import cascade.feed.BadLinePolicy;
import cascade.learn.LearnConfig;
import cascade.learn.WeightLearner;
import cascade.learn.WeightSet;
import cascade.run.StoredWeights;
import cascade.strategy.StrategyLoader;
import cascade.report.BacktestResult;
import cascade.report.LearnedWeightsReport;
import cascade.report.ProgressBar;
import cascade.report.ReportFiles;
import cascade.report.ReportWriter;
import cascade.report.SummaryPrinter;
import cascade.run.BacktestRunner;
import cascade.run.BacktestSpec;
import cascade.run.BacktestSpecLoader;
import cascade.store.RunStore;
import java.nio.file.Path;
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

    @Option(names = "--learn", description = "Learn card weights as the run goes (the weight tuner, "
            + "cascade.learn): each mode's weights follow its cards' labelled outcomes.")
    boolean learn;

    @Option(names = "--weights-from", paramLabel = "RUN", description = "Start from the weights a stored run "
            + "learned (see cascade weights); with --learn keep learning from them, without hold them fixed.")
    Long weightsFrom;

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::backtest);
    }

    private int backtest() throws Exception {
        BacktestSpec spec = withOverrides(BacktestSpecLoader.load(
                specFile != null ? specFile : CascadeCli.shipped("backtests/default.yml")));
        AppConfig app = AppConfig.load(CascadeCli.shipped("config/cascade.yml"));
        long started = System.nanoTime();
        BacktestResult result;
        WeightLearner learner;
        WeightSet start = null;
        if (weightsFrom != null) {
            try (RunStore stored = RunStore.open(app.store())) {
                start = StoredWeights.load(stored, weightsFrom, StrategyLoader.load(spec.strategy()));
            }
        }
        try (RunStore store = noStore ? null : RunStore.open(app.store())) {
            BacktestRunner.Options options = new BacktestRunner.Options(
                    skipBadLines ? BadLinePolicy.SKIP : BadLinePolicy.FAIL, store, ProgressBar.forTerminal(),
                    CodeVersion.get(), null, journal);
            learner = learn || start != null ? new WeightLearner(LearnConfig.DEFAULT, learn, start) : null;
            result = BacktestRunner.run(spec, options, learner);
        }
        Path dir = out != null ? out : spec.outDir().resolve(spec.name() + "-" + result.runId());
        ReportFiles files = ReportWriter.write(result, dir);
        SummaryPrinter.print(result, files.metrics(), System.out);
        if (learner != null) {
            WeightsTable.print(learner, System.out);
            System.out.printf("Weights: %s%n", LearnedWeightsReport.write(dir, learner.history(), learner.stats()));
        }
        System.out.printf("%nReport: %s%nTrades: %s%nTook %.1f s%n", files.html(), files.tradesCsv(),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private BacktestSpec withOverrides(BacktestSpec s) {
        long fromMs = from != null ? BacktestSpecLoader.parseTime(from) : s.fromMs();
        long toMs = to != null ? BacktestSpecLoader.parseTime(to) : s.toMs();
        if (fromMs >= toMs) {
            throw new IllegalArgumentException("--to must be after --from");
        }
        BacktestSpec spec = data != null ? s.withData(List.copyOf(data)) : s;
        return new BacktestSpec(spec.name(), spec.description(), spec.data(),
                strategy != null ? strategy : spec.strategy(), fromMs, toMs, spec.initialBalanceUsd(), spec.venue(),
                spec.clockStep(), spec.sampleStep(), spec.outDir(), spec.sourceText(), spec.simulation());
    }
}
