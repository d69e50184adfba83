package cascade.run;

import cascade.feed.BadLinePolicy;
import cascade.report.BacktestResult;
import cascade.report.CurveMetrics;
import cascade.report.Metrics;
import cascade.report.MetricsCalculator;
import cascade.store.RunStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every variant of a {@link SweepGrid} over the spec's data, in parallel on a fixed number of threads,
 * each variant once on the tuning period (the spec's start to {@code split}) and once on the held-out period
 * ({@code split} to the spec's end; history before the split still warms up the windows). Every run is the
 * same deterministic backtest {@code cascade backtest} would make with the variant's profile, so the results
 * do not depend on the number of threads. Results are ranked on the held-out period.
 */
public final class Sweep {
    /** The metrics of one period of one variant, and the run id when it was stored. */
    public record Period(Metrics metrics, String runId) {
        public CurveMetrics curve() {
            return metrics.strategy();
        }
    }

    /**
     * One variant's results; {@code heldOut} is null without a split.
     *
     * @param profile the variant's strategy profile as written
     */
    public record Result(SweepGrid.Variant variant, Path profile, Period tuning, Period heldOut) {
        /** The period ranked on: held-out when there is one. */
        public Period ranked() {
            return heldOut != null ? heldOut : tuning;
        }

        /** Tuning Sharpe − held-out Sharpe: large when the tuning period flattered the variant. */
        public double sharpeGap() {
            return heldOut == null ? Double.NaN : tuning.curve().sharpe() - heldOut.curve().sharpe();
        }
    }

    private Sweep() {
    }

    /**
     * @param split start of the held-out period, or Long.MIN_VALUE for none (the whole period is then ranked)
     * @param dir where the variants' profiles are written (variant-N.yml)
     * @param store where to record each run, or null
     */
    public static List<Result> run(BacktestSpec spec, List<SweepGrid.Variant> variants, long split, Path dir,
            int threads, RunStore store, String codeVersion) throws IOException, InterruptedException {
        if (split != Long.MIN_VALUE && !(split > spec.fromMs() && split < spec.toMs())) {
            throw new IllegalArgumentException("--split must lie inside the spec's period");
        }
        Files.createDirectories(dir);
        String profileText = Files.readString(spec.strategy(), StandardCharsets.UTF_8);
        List<Path> profiles = new ArrayList<>();
        for (SweepGrid.Variant v : variants) {
            Path file = dir.resolve("variant-" + v.number() + ".yml");
            Files.writeString(file, "# " + spec.strategy().getFileName() + " with " + v.label() + "\n"
                    + SweepGrid.apply(spec.strategy().toString(), profileText, v), StandardCharsets.UTF_8);
            profiles.add(file);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Period>> tuning = new ArrayList<>();
            List<Future<Period>> heldOut = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                BacktestSpec variant = spec.withStrategy(profiles.get(i));
                String name = spec.name() + "-v" + variants.get(i).number();
                if (split == Long.MIN_VALUE) {
                    tuning.add(pool.submit(() -> period(variant, name, spec.fromMs(), spec.toMs(), store, codeVersion)));
                    heldOut.add(null);
                } else {
                    tuning.add(pool.submit(() -> period(variant, name + "-tuning", spec.fromMs(), split, store,
                            codeVersion)));
                    heldOut.add(pool.submit(() -> period(variant, name + "-heldout", split, spec.toMs(), store,
                            codeVersion)));
                }
            }
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                results.add(new Result(variants.get(i), profiles.get(i), get(tuning.get(i)),
                        heldOut.get(i) == null ? null : get(heldOut.get(i))));
            }
            results.sort(RANKING);
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Held-out (else whole-period) Sharpe, highest first, NaN last; then total return; then variant number. */
    public static final Comparator<Result> RANKING = Comparator
            .comparingDouble((Result r) -> nanLast(r.ranked().curve().sharpe()))
            .thenComparingDouble(r -> nanLast(r.ranked().curve().totalReturn()))
            .thenComparingInt(r -> r.variant().number());

    private static double nanLast(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : -v;
    }

    private static Period period(BacktestSpec variant, String name, long from, long to, RunStore store,
            String codeVersion) throws IOException {
        BacktestSpec spec = new BacktestSpec(name, variant.description(), variant.data(), variant.strategy(), from, to,
                variant.initialBalanceUsd(), variant.venue(), variant.clockStep(), variant.sampleStep(),
                variant.outDir(), variant.sourceText(), variant.simulation());
        BacktestResult result = BacktestRunner.run(EffectiveSpec.of(spec),
                new BacktestRunner.Options(BadLinePolicy.FAIL, store, null, codeVersion));
        return new Period(MetricsCalculator.calculate(result), result.runId());
    }

    private static Period get(Future<Period> f) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }
}
