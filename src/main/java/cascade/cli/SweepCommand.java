package cascade.cli;

import cascade.report.ReportFormat;
import cascade.run.BacktestSpec;
import cascade.run.BacktestSpecLoader;
import cascade.run.Sweep;
import cascade.run.SweepGrid;
import cascade.store.RunStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cascade sweep SPEC --set KEY=V,V… [--split T]}: a parameter grid, tuning and held-out apart. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run every combination of strategy settings over a spec's data, in parallel, on the tuning",
            "period and the held-out period (--split) separately, ranked on the held-out period."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "Backtest spec (YAML).")
    Path specFile;

    @Option(names = "--set", required = true, paramLabel = "KEY=V,V…",
            description = "A setting and its values: risk.X, CARD.X (capitulation.volumeMultiple), a mode setting"
                    + " (exit.stop, entryThreshold), or MODE.… for one mode. Repeat for more axes.")
    List<String> sets;

    @Option(names = "--split", paramLabel = "T",
            description = "Start of the held-out period: variants are tuned before it and ranked after it.")
    String split;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel runs (default: the number of cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: runs/sweep-<spec>-<UTC time>).")
    Path out;

    @Option(names = "--no-store", description = "Do not record the variants' runs in the run store.")
    boolean noStore;

    @Option(names = "--force", description = "Write into an existing --out folder.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::sweep);
    }

    private int sweep() throws Exception {
        List<SweepGrid.Axis> axes = new ArrayList<>();
        for (String s : sets) {
            try {
                axes.add(SweepGrid.axis(s));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        BacktestSpec spec = BacktestSpecLoader.load(specFile);
        long splitMs = TimeOptions.parse("--split", split, Long.MIN_VALUE);
        if (split != null && !(splitMs > spec.fromMs() && splitMs < spec.toMs())) {
            throw new UsageException("--split " + split + " must lie inside the spec's period ("
                    + (spec.fromMs() == Long.MIN_VALUE ? "start of data" : ReportFormat.utc(spec.fromMs())) + " to "
                    + (spec.toMs() == Long.MAX_VALUE ? "end of data" : ReportFormat.utc(spec.toMs())) + ")");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new UsageException("--threads must be 1 or more, was " + n);
        }
        List<SweepGrid.Variant> variants;
        try {
            variants = SweepGrid.variants(axes);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Outputs.checkEmptyDirectory("--out", out, force);
        Path dir = out != null ? out : RunFolders.stamped(spec.outDir(), "sweep-" + spec.name(),
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
        long started = System.nanoTime();
        List<Sweep.Result> results;
        try (RunStore store = noStore ? null : RunStore.open(CascadeCli.appConfig().store())) {
            results = Sweep.run(spec, variants, splitMs, dir, n, store, CodeVersion.get());
        }
        List<String> keys = axes.stream().map(SweepGrid.Axis::key).toList();
        boolean hasSplit = split != null;
        List<String> header = SweepTable.header(keys, hasSplit);
        List<List<String>> rows = SweepTable.rows(results, keys, hasSplit);
        List<String> notes = new ArrayList<>();
        notes.add(variants.size() + " variants of " + spec.strategy().getFileName() + " over " + specFile + ", "
                + n + " at a time.");
        notes.add(hasSplit ? "Tuning period: " + period(spec.fromMs(), splitMs) + "; held-out period: "
                + period(splitMs, spec.toMs()) + ". Ranked on the held-out Sharpe; Sharpe gap = tuning − held-out"
                + " (large = the tuning period flattered the variant)."
                : "No --split: ranked on the whole period, with nothing held out to check against.");
        notes.add("Profiles: " + dir.resolve("variant-N.yml") + (noStore ? "" : "; each period of each variant is a"
                + " stored run (cascade runs list)."));
        String table = SweepTable.text(header, rows);
        Files.writeString(dir.resolve("sweep.csv"), SweepTable.csv(header, rows), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("sweep.html"), SweepTable.html("Cascade sweep: " + spec.name(), notes, header,
                rows), StandardCharsets.UTF_8);
        notes.forEach(System.out::println);
        System.out.println();
        System.out.print(table);
        System.out.printf("%nResults: %s%nTook %.1f s%n", dir.resolve("sweep.html"), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static String period(long from, long to) {
        return (from == Long.MIN_VALUE ? "start of data" : ReportFormat.minute(from)) + " to "
                + (to == Long.MAX_VALUE ? "end of data" : ReportFormat.minute(to));
    }
}
