package cascade.cli;

import cascade.config.Span;
import cascade.feed.BadLinePolicy;
import cascade.feed.DataSources;
import cascade.feed.EventSource;
import cascade.market.Instruments;
import cascade.report.HeatmapRecorder;
import cascade.map.MapConfig;
import cascade.strategy.StrategyLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cascade heatmap}: the estimated liquidation map of one symbol over time, as a PNG. */
@Command(name = "heatmap", mixinStandardHelpOptions = true,
        description = {"Render the estimated liquidation-price heatmap of a symbol over time (PNG): open-interest",
            "increases spread over leverage tiers into long and short liquidation levels, removed as price crosses them."})
public final class HeatmapCommand implements Callable<Integer> {

    @Option(names = "--data", arity = "1..*", required = true, paramLabel = "FILE", description = "Data with open interest.")
    List<Path> data;

    @Option(names = "--symbol", defaultValue = "BTCUSDT", paramLabel = "SYMBOL",
            description = "Symbol, e.g. BTCUSDT or binance:BTCUSDT (default: ${DEFAULT-VALUE}).")
    String symbol;

    @Option(names = "--strategy", paramLabel = "FILE",
            description = "Take the map settings (tiers, bucket, OI unit) from this profile's liquidation-map card.")
    Path strategy;

    @Option(names = "--every", defaultValue = "4h", paramLabel = "SPAN",
            description = "One heatmap column per span of event time (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--out", defaultValue = "heatmap.png", paramLabel = "FILE", description = "PNG to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::heatmap);
    }

    private int heatmap() throws Exception {
        MapConfig config = strategy == null ? MapConfig.DEFAULT
                : StrategyLoader.load(strategy).liquidationMapConfig();
        Instruments instruments = new Instruments();
        try (EventSource source = DataSources.open(data, instruments, BadLinePolicy.FAIL)) {
            HeatmapRecorder.replay(source, instruments, symbol, config, Span.parse(every).resolve(0))
                    .render(out);
        }
        System.out.println("Heatmap of " + symbol + " written to " + out);
        return 0;
    }
}
