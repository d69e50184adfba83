package cascade.cli;

import cascade.config.Span;
import cascade.feed.recording.RecordingWriter;
import cascade.market.EventType;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.sim.BarAggregator;
import cascade.sim.BarCsvDirectory;
import cascade.sim.SimConfig;
import cascade.sim.SimulatedMarket;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cascade simulate}: a simulated liquidation-cascade market written as a recording. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate a market of leveraged traders whose liquidations move price (cascades emerge from",
            "the mechanism) and write it as a .casc recording; deterministic from the seed."})
public final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--symbols", defaultValue = "21", paramLabel = "N", description = "Symbols, 1–21 (default: ${DEFAULT-VALUE}).")
    int symbols;

    @Option(names = "--duration", defaultValue = "24h", paramLabel = "SPAN", description = "Event time to simulate (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "T", description = "Start time (default 2025-01-01T00:00:00Z).")
    String start;

    @Option(names = "--out", defaultValue = "simulated.casc", paramLabel = "FILE", description = "Recording to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--bars", paramLabel = "DIR", description = "Also write 4h bar CSV files (development-set format) here.")
    Path bars;

    @Option(names = "--force", description = "Overwrite an existing --out file and bar files in --bars.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::simulate);
    }

    private int simulate() throws Exception {
        if (symbols < 1 || symbols > 21) {
            throw new UsageException("--symbols must be 1 to 21, was " + symbols);
        }
        long durationMs = durationMs();
        SimConfig config = SimConfig.defaults(seed).withSymbolCount(symbols).withDuration(durationMs);
        if (start != null) {
            config = config.withStart(TimeOptions.parse("--start", start, 0));
        }
        Outputs.checkFile("--out", out, force, List.of());
        Outputs.checkEmptyDirectory("--bars", bars, force);
        long began = System.nanoTime();
        Instruments instruments = new Instruments();
        SimulatedMarket market = new SimulatedMarket(config, instruments);
        Map<EventType, Long> counts = new EnumMap<>(EventType.class);
        MarketEvent e = new MarketEvent();
        long total = 0;
        try (RecordingWriter writer = new RecordingWriter(out, instruments, "cascade simulate seed " + seed,
                config.startMs());
                BarCsvDirectory barFiles = bars == null ? null : new BarCsvDirectory(bars, "4h", instruments)) {
            BarAggregator aggregator = barFiles == null ? null
                    : new BarAggregator(instruments, 4 * 3_600_000L, barFiles);
            while (market.next(e)) {
                writer.write(e);
                if (aggregator != null) {
                    aggregator.accept(e);
                }
                counts.merge(e.type, 1L, Long::sum);
                total++;
            }
            if (aggregator != null) {
                aggregator.finish(config.endMs());
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("%s%n%,d events in %.1f s (%,.0f events/s) → %s%n", market.describe(), total, seconds,
                total / seconds, out);
        counts.forEach((type, n) -> System.out.printf("  %-14s %,d%n", type, n));
        if (bars != null) {
            System.out.println("4h bars written to " + bars);
        }
        return 0;
    }

    private long durationMs() {
        long ms;
        try {
            Span span = Span.parse(duration);
            ms = span.isBars() ? 0 : span.resolve(0);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--duration: " + e.getMessage());
        }
        if (ms <= 0) {
            throw new UsageException("--duration must be a positive time span (24h, 90m, 7d), was '" + duration + "'");
        }
        return ms;
    }
}
