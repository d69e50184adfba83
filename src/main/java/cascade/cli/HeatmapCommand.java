package cascade.cli;

import cascade.config.Span;
import cascade.feed.BadLinePolicy;
import cascade.feed.DataSources;
import cascade.feed.EventSource;
import cascade.market.Instruments;
import cascade.report.HeatmapRecorder;
import cascade.map.MapConfig;
import cascade.strategy.StrategyLoader;
import cascade.sim.MapScoreTable;
import cascade.sim.MapScoring;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cascade heatmap}: the estimated liquidation map of one symbol over time, as a PNG; with
 * {@code --score}, the map of every symbol scored against the next hour's liquidations of each recording.
 */
@Command(name = "heatmap", mixinStandardHelpOptions = true,
        description = {"Render the estimated liquidation-price heatmap of a symbol over time (PNG): open-interest",
            "increases split into longs and shorts by the taker flow, spread over leverage tiers into liquidation",
            "levels, removed as price crosses them and fading with age.",
            "With --score: score the map of every symbol of each recording against the next hour's liquidations",
            "(the capture table: estimate, naive band, and the truth for recordings of `cascade simulate`)."})
public final class HeatmapCommand implements Callable<Integer> {

    @Option(names = "--data", arity = "1..*", required = true, paramLabel = "FILE", description = "Data with open interest.")
    List<Path> data;

    @Option(names = "--symbol", defaultValue = "BTCUSDT", paramLabel = "SYMBOL",
            description = "Symbol, e.g. BTCUSDT or binance:BTCUSDT (default: ${DEFAULT-VALUE}).")
    String symbol;

    @Option(names = "--strategy", paramLabel = "FILE",
            description = "Take the map settings from this profile's liquidation-map card (default: the tuned estimate).")
    Path strategy;

    @Option(names = "--every", defaultValue = "4h", paramLabel = "SPAN",
            description = "One heatmap column per span of event time (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--out", defaultValue = "heatmap.png", paramLabel = "FILE", description = "PNG to write.")
    Path out;

    @Option(names = "--score", description = "Print the capture table for each --data recording instead of drawing.")
    boolean score;

    @Option(names = "--warm-up", defaultValue = "2h", paramLabel = "SPAN",
            description = "With --score: event time before the first prediction (default: ${DEFAULT-VALUE}).")
    String warmUp;

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::heatmap);
    }

    private int heatmap() throws Exception {
        MapConfig config = strategy == null ? MapConfig.ESTIMATE
                : StrategyLoader.load(strategy).liquidationMapConfig();
        if (score) {
            return score(config);
        }
        Instruments instruments = new Instruments();
        HeatmapRecorder recorder;
        String described;
        try (EventSource source = DataSources.open(data, instruments, BadLinePolicy.FAIL)) {
            described = source.describe();
            recorder = HeatmapRecorder.replay(source, instruments, symbol, config, Span.parse(every).resolve(0));
        }
        if (!recorder.hasLevels()) {
            System.err.println("error: nothing to draw: " + recorder.emptyReason() + " for " + symbol + " in "
                    + described + "; the map is built from open-interest rises");
            return CascadeCli.EXIT_BAD_INPUT;
        }
        recorder.render(out);
        System.out.println("Heatmap of " + symbol + " written to " + out);
        return 0;
    }

    private int score(MapConfig config) throws Exception {
        long warmUpMs = Span.parse(warmUp).resolve(0);
        List<MapScoring.Result> results = new ArrayList<>();
        for (Path file : data) {
            if (!file.toString().endsWith(".casc")) {
                throw new IllegalArgumentException("--score reads .casc recordings (event-level liquidations), not "
                        + file);
            }
            MapScoring.Result r = MapScoring.recording(file, config, warmUpMs);
            if (r.symbolHours() == 0) {
                throw new IllegalArgumentException(file + ": no symbol-hour with liquidations after the " + warmUp
                        + " warm-up: nothing to score");
            }
            results.add(r);
        }
        System.out.print(MapScoreTable.format(results));
        return 0;
    }
}
