package cascade.run;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A spec as it actually ran, written back as a backtest spec: command-line overrides ({@code --data},
 * {@code --strategy}, {@code --from}, {@code --to}) applied, every default spelled out, paths absolute. Loading
 * the text with {@link BacktestSpecLoader} gives the same spec, so a stored run can be run again. The text the
 * user wrote follows as comments.
 */
public final class EffectiveSpec {
    private EffectiveSpec() {
    }

    /** The spec with its {@code sourceText} replaced by the effective text. */
    public static BacktestSpec of(BacktestSpec spec) {
        return new BacktestSpec(spec.name(), spec.description(), spec.data(), spec.strategy(), spec.fromMs(),
                spec.toMs(), spec.initialBalanceUsd(), spec.venue(), spec.clockStep(), spec.sampleStep(),
                spec.outDir(), yaml(spec), spec.simulation());
    }

    public static String yaml(BacktestSpec spec) {
        StringBuilder y = new StringBuilder("# the effective spec of this run: overrides applied, defaults spelled out\n");
        y.append("name: ").append(quote(spec.name())).append('\n');
        if (!spec.description().isEmpty()) {
            y.append("description: ").append(quote(spec.description())).append('\n');
        }
        if (spec.simulation() != null) {
            y.append("simulate:\n")
                    .append("  symbols: ").append(spec.simulation().symbols().size()).append('\n')
                    .append("  duration: ").append(spec.simulation().durationMs()).append("ms\n")
                    .append("  seed: ").append(spec.simulation().seed()).append('\n')
                    .append("  start: ").append(quote(Instant.ofEpochMilli(spec.simulation().startMs()).toString()))
                    .append('\n');
        } else {
            y.append("data:\n");
            for (Path p : spec.data()) {
                y.append("  - ").append(quote(p.toAbsolutePath().normalize().toString())).append('\n');
            }
        }
        y.append("strategy: ").append(quote(spec.strategy().toAbsolutePath().normalize().toString())).append('\n');
        if (spec.fromMs() != Long.MIN_VALUE) {
            y.append("from: ").append(quote(Instant.ofEpochMilli(spec.fromMs()).toString())).append('\n');
        }
        if (spec.toMs() != Long.MAX_VALUE) {
            y.append("to: ").append(quote(Instant.ofEpochMilli(spec.toMs()).toString())).append('\n');
        }
        BacktestSpec.VenueCosts v = spec.venue();
        y.append("initialBalance: ").append(plain(spec.initialBalanceUsd())).append('\n')
                .append("venue:\n")
                .append("  makerFee: ").append(plain(v.makerFee())).append('\n')
                .append("  takerFee: ").append(plain(v.takerFee())).append('\n')
                .append("  slippageBps: ").append(plain(v.slippageBps())).append('\n')
                .append("  latency: ").append(v.latency().text()).append('\n')
                .append("  maintenanceMargin: ").append(v.maintenanceKey()).append('\n')
                .append("  fundingInterval: ").append(v.fundingInterval().text()).append('\n')
                .append("  impactBps: ").append(plain(v.impactBps())).append('\n')
                .append("  impactModel: ").append(v.impactModel().name().toLowerCase(java.util.Locale.ROOT))
                .append('\n')
                .append("  liquidationFee: ").append(plain(v.liquidationFee())).append('\n')
                .append("  limitFillShare: ").append(plain(v.limitFillShare())).append('\n')
                .append("clockStep: ").append(spec.clockStep().text()).append('\n')
                .append("sampleStep: ").append(spec.sampleStep().text()).append('\n')
                .append("out: ").append(quote(spec.outDir().toString())).append('\n');
        if (spec.sourceText() != null && !spec.sourceText().isBlank()) {
            y.append("# as written:\n");
            spec.sourceText().lines().forEach(line -> y.append("#   ").append(line).append('\n'));
        }
        return y.toString();
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
