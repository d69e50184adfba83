package cascade.cli;

import cascade.config.StoreConfig;
import cascade.report.ReportFormat;
import cascade.store.RunDetails;
import cascade.store.RunMetrics;
import cascade.store.RunStatus;
import cascade.store.RunStore;
import cascade.store.RunSummary;
import cascade.store.StoredRun;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.DoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cascade runs}: find, show, compare and delete the runs in the run store. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Browse the run store: list, show, compare, delete and prune recorded runs.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class, RunsCommand.Compare.class,
            RunsCommand.Delete.class, RunsCommand.Prune.class})
public final class RunsCommand implements Runnable {
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int DATA_WIDTH = 72;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static StoreConfig storeConfig() {
        return CascadeCli.appConfig().store();
    }

    static StoredRun find(RunStore store, long id) {
        return store.queries().run(id).orElseThrow(() -> new IllegalArgumentException(
                "no run " + id + " in the run store (cascade runs list shows the runs)"));
    }

    static String minute(long ms) {
        return MINUTE.format(Instant.ofEpochMilli(ms));
    }

    /** {@code cascade runs list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "One line per run: id, kind, start, status, strategy, data, period, return, Sharpe, trades.")
    static final class ListRuns implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            return Guard.run(() -> {
                try (RunStore store = RunStore.open(storeConfig())) {
                    List<RunSummary> runs = store.queries().summaries();
                    if (runs.isEmpty()) {
                        System.out.println("No runs in the run store yet: cascade backtest records one.");
                        return 0;
                    }
                    System.out.print(render(runs));
                }
                return 0;
            });
        }

        static String render(List<RunSummary> runs) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"id", "kind", "started (UTC)", "status", "spec", "strategy", "data", "period",
                "return", "Sharpe", "trades"});
            for (RunSummary s : runs) {
                StoredRun r = s.run();
                Optional<RunDetails> d = s.details();
                rows.add(new String[] {Long.toString(r.id()), r.kind().name(), minute(r.startedMs()), r.status().name(),
                    r.specName(), r.strategyName(),
                    shorten(d.map(RunDetails::dataDescription).orElse(r.dataDescription())),
                    d.map(x -> minute(x.firstSampleMs()) + " → " + minute(x.lastSampleMs())).orElse("-"),
                    ReportFormat.percent(s.totalReturn()), ReportFormat.ratio(s.sharpe()),
                    Double.isNaN(s.trades()) ? ReportFormat.NOT_AVAILABLE : Long.toString((long) s.trades())});
            }
            return Table.render(rows, 0, 8, 9, 10);
        }

        /** The data without its read counts (shown by {@code runs show}), cut to a column's width. */
        static String shorten(String text) {
            String t = text.replaceFirst(" \\(\\d+ read[^()]*\\)$", "");
            return t.length() <= DATA_WIDTH ? t : t.substring(0, DATA_WIDTH - 1) + "…";
        }
    }

    /** {@code cascade runs show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"The run's facts, its summary and where its report is.",
                "--spec prints the effective spec instead: save it and `cascade backtest` it to run it again."})
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "Run id (see cascade runs list).")
        long id;

        @Option(names = "--spec", description = "Print only the effective spec (overrides applied) as stored.")
        boolean specOnly;

        @Option(names = "--strategy", description = "Print only the strategy profile's text as stored.")
        boolean strategyOnly;

        @Override
        public Integer call() throws Exception {
            return Guard.run(() -> {
                try (RunStore store = RunStore.open(storeConfig())) {
                    StoredRun r = find(store, id);
                    if (specOnly || strategyOnly) {
                        String text = specOnly ? r.specText() : r.strategyText();
                        System.out.print(text == null ? "" : text);
                        return 0;
                    }
                    System.out.print(render(r, store.queries().details(id)));
                }
                return 0;
            });
        }

        static String render(StoredRun r, Optional<RunDetails> details) {
            StringBuilder t = new StringBuilder();
            t.append("Run ").append(r.id()).append(" · ").append(r.kind()).append(" · ").append(r.status()).append('\n');
            t.append("Started  : ").append(ReportFormat.utc(r.startedMs()));
            if (r.status() != RunStatus.RUNNING && r.finishedMs() > r.startedMs()) {
                t.append(String.format(Locale.ROOT, " (took %.1f s)", (r.finishedMs() - r.startedMs()) / 1000.0));
            }
            t.append('\n');
            t.append("Code     : ").append(r.codeVersion()).append('\n');
            t.append("Spec     : ").append(r.specName()).append(" (cascade runs show ").append(r.id())
                    .append(" --spec: the effective spec)\n");
            t.append("Strategy : ").append(r.strategyName()).append('\n');
            t.append("Data     : ").append(details.map(RunDetails::dataDescription).orElse(r.dataDescription()))
                    .append('\n');
            if (details.isEmpty()) {
                t.append("Report   : none (the run did not finish with a report)\n");
                return t.toString();
            }
            RunDetails d = details.get();
            if (d.reportDir() != null) {
                Path html = Path.of(d.reportDir()).resolve("report.html");
                t.append("Report   : ").append(html).append(Files.exists(html) ? "" : " (no longer on disk)")
                        .append('\n');
            }
            t.append('\n').append(d.summaryText());
            return t.toString();
        }
    }

    /** {@code cascade runs compare ID ID…}. */
    @Command(name = "compare", mixinStandardHelpOptions = true, description = "Metrics of runs side by side.")
    static final class Compare implements Callable<Integer> {
        @Parameters(arity = "2..*", paramLabel = "ID", description = "Two or more run ids.")
        List<Long> ids;

        @Override
        public Integer call() throws Exception {
            return Guard.run(() -> {
                try (RunStore store = RunStore.open(storeConfig())) {
                    List<StoredRun> runs = new ArrayList<>();
                    List<RunMetrics> metrics = new ArrayList<>();
                    List<Optional<RunDetails>> details = new ArrayList<>();
                    for (long id : ids) {
                        runs.add(find(store, id));
                        metrics.add(store.queries().metrics(id));
                        details.add(store.queries().details(id));
                    }
                    System.out.print(render(runs, metrics, details));
                }
                return 0;
            });
        }

        private record Line(String label, String name, boolean buyHold, DoubleFunction<String> format) {
        }

        private static final List<Line> LINES = List.of(
                new Line("Total return", "total_return", false, ReportFormat::percent),
                new Line("Annualised return (CAGR)", "annualised_return", false, ReportFormat::percent),
                new Line("Sharpe (annualised)", "sharpe", false, ReportFormat::ratio),
                new Line("Sortino (annualised)", "sortino", false, ReportFormat::ratio),
                new Line("Max drawdown", "max_drawdown", false, ReportFormat::percent),
                new Line("Calmar", "calmar", false, ReportFormat::ratio),
                new Line("Trades", "trades", false, v -> Double.isNaN(v) ? "n/a" : Long.toString((long) v)),
                new Line("Win rate", "win_rate", false, ReportFormat::percent),
                new Line("Profit factor", "profit_factor", false, ReportFormat::ratio),
                new Line("Average trade (USD)", "avg_trade_usd", false, ReportFormat::usd),
                new Line("Time in market", "time_in_market", false, ReportFormat::percent),
                new Line("Fees paid (USD)", "fees_usd", false, ReportFormat::usd),
                new Line("Funding (USD, + received)", "funding_usd", false, ReportFormat::usd),
                new Line("Buy & hold return", "total_return", true, ReportFormat::percent),
                new Line("Buy & hold max drawdown", "max_drawdown", true, ReportFormat::percent));

        static String render(List<StoredRun> runs, List<RunMetrics> metrics, List<Optional<RunDetails>> details) {
            List<String[]> rows = new ArrayList<>();
            int n = runs.size();
            rows.add(row("run", i -> Long.toString(runs.get(i).id()), n));
            rows.add(row("spec", i -> runs.get(i).specName(), n));
            rows.add(row("strategy", i -> runs.get(i).strategyName(), n));
            rows.add(row("from", i -> details.get(i).map(d -> minute(d.firstSampleMs())).orElse("-"), n));
            rows.add(row("to", i -> details.get(i).map(d -> minute(d.lastSampleMs())).orElse("-"), n));
            for (Line line : LINES) {
                rows.add(row(line.label(), i -> {
                    Map<String, Double> m = line.buyHold() ? metrics.get(i).buyHold() : metrics.get(i).strategy();
                    return line.format().apply(m.getOrDefault(line.name(), Double.NaN));
                }, n));
            }
            int[] right = new int[n];
            for (int i = 0; i < n; i++) {
                right[i] = i + 1;
            }
            return Table.render(rows, right);
        }

        private static String[] row(String label, java.util.function.IntFunction<String> cell, int n) {
            String[] row = new String[n + 1];
            row[0] = label;
            for (int i = 0; i < n; i++) {
                row[i + 1] = cell.apply(i);
            }
            return row;
        }
    }

    /** {@code cascade runs delete ID…}. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete runs and everything recorded for them (their report folders stay on disk).")
    static final class Delete implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ID", description = "Run ids.")
        List<Long> ids;

        @Override
        public Integer call() throws Exception {
            return Guard.run(() -> {
                try (RunStore store = RunStore.open(storeConfig())) {
                    List<Long> deleted = store.deleteRuns(ids);
                    if (!deleted.isEmpty()) {
                        System.out.println("Deleted " + runs(deleted) + ".");
                    }
                    List<Long> missing = new ArrayList<>(ids);
                    missing.removeAll(deleted);
                    if (!missing.isEmpty()) {
                        throw new IllegalArgumentException("no " + runs(missing) + " in the run store");
                    }
                }
                return 0;
            });
        }
    }

    /** {@code cascade runs prune --keep N}. */
    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = "Delete all runs but the newest N (runs still RUNNING are kept).")
    static final class Prune implements Callable<Integer> {
        @Option(names = "--keep", required = true, paramLabel = "N", description = "How many of the newest runs to keep.")
        int keep;

        @Override
        public Integer call() throws Exception {
            return Guard.run(() -> {
                if (keep < 0) {
                    throw new UsageException("--keep must be 0 or more, was " + keep);
                }
                try (RunStore store = RunStore.open(storeConfig())) {
                    List<Long> deleted = store.prune(keep);
                    PrintStream out = System.out;
                    out.println(deleted.isEmpty() ? "Nothing to prune: " + store.queries().listRuns().size()
                            + " runs, keeping " + keep + "." : "Deleted " + runs(deleted) + "; kept the newest " + keep
                            + ".");
                }
                return 0;
            });
        }
    }

    static String runs(List<Long> ids) {
        return (ids.size() == 1 ? "run " : "runs ") + String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    /** A plain text table: columns padded to their widest cell, the given columns right-aligned. */
    static final class Table {
        private Table() {
        }

        static String render(List<String[]> rows, int... rightAligned) {
            int cols = rows.get(0).length;
            int[] width = new int[cols];
            for (String[] row : rows) {
                for (int c = 0; c < cols; c++) {
                    width[c] = Math.max(width[c], row[c].length());
                }
            }
            java.util.Set<Integer> right = new java.util.HashSet<>();
            for (int c : rightAligned) {
                right.add(c);
            }
            StringBuilder t = new StringBuilder();
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < cols; c++) {
                    String pad = " ".repeat(width[c] - row[c].length());
                    line.append(c == 0 ? "" : "  ").append(right.contains(c) ? pad + row[c] : row[c] + pad);
                }
                t.append(line.toString().stripTrailing()).append('\n');
            }
            return t.toString();
        }
    }
}
