package cascade.cli;

import cascade.config.Span;
import cascade.report.ReportFormat;
import cascade.run.download.BarDownload;
import cascade.run.download.HttpJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cascade download}: a bar CSV in Cascade's format from Binance (and CoinGlass for liquidations). */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Download bars in Cascade's bar CSV format: OHLC and volume from Binance klines, settled",
            "funding, open interest where Binance has it (30 days), liquidations from CoinGlass with a key."})
public final class DownloadCommand implements Callable<Integer> {
    /** The environment variable holding a CoinGlass v4 API key. */
    static final String COINGLASS_KEY_ENV = "COINGLASS_API_KEY";
    private static final List<String> INTERVALS = List.of("5m", "15m", "30m", "1h", "2h", "4h", "6h", "12h", "1d");

    @Option(names = "--venue", defaultValue = "binance", paramLabel = "VENUE", description = "Only binance (default).")
    String venue;

    @Option(names = "--symbol", required = true, paramLabel = "SYMBOL", description = "Binance USDⓈ-M symbol, e.g. BTCUSDT.")
    String symbol;

    @Option(names = "--from", required = true, paramLabel = "T", description = "First bar's open time.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "T", description = "End (exclusive).")
    String to;

    @Option(names = "--interval", defaultValue = "4h", paramLabel = "SPAN",
            description = "Bar length: 5m, 15m, 30m, 1h, 2h, 4h, 6h, 12h or 1d (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--out", paramLabel = "FILE", description = "CSV to write (default: SYMBOL-INTERVAL-FROM_TO.csv).")
    Path out;

    @Option(names = "--resume", description = "Continue an interrupted download of --out after its last bar.")
    boolean resume;

    @Option(names = "--force", description = "Overwrite an existing --out file.")
    boolean force;

    @Option(names = "--binance-url", hidden = true, defaultValue = "https://fapi.binance.com")
    String binanceUrl;

    @Option(names = "--coinglass-url", hidden = true, defaultValue = "https://open-api-v4.coinglass.com")
    String coinglassUrl;

    /** The key, for tests: the environment variable otherwise. */
    String coinglassKey = System.getenv(COINGLASS_KEY_ENV);

    @Override
    public Integer call() throws Exception {
        return Guard.run(this::download);
    }

    private int download() throws Exception {
        if (!venue.equals("binance")) {
            throw new UsageException("--venue " + venue + ": only binance is supported");
        }
        if (!symbol.matches("[A-Z0-9]{2,30}")) {
            throw new UsageException("--symbol " + symbol + ": expected a Binance symbol such as BTCUSDT");
        }
        if (!INTERVALS.contains(interval)) {
            throw new UsageException("--interval " + interval + ": one of " + String.join(", ", INTERVALS));
        }
        long intervalMs = Span.parse(interval).resolve(0);
        long fromMs = TimeOptions.parse("--from", from, 0);
        long toMs = TimeOptions.parse("--to", to, 0);
        TimeOptions.checkOrder(fromMs, toMs);
        Path file = out != null ? out : Path.of(symbol + "-" + interval + "-" + from.substring(0, Math.min(10,
                from.length())) + "_" + to.substring(0, Math.min(10, to.length())) + ".csv");
        if (!resume) {
            Outputs.checkFile("--out", file, force, List.of());
        } else if (!Files.exists(file)) {
            throw new UsageException("--resume: " + file + " does not exist yet");
        }
        String key = coinglassKey == null || coinglassKey.isBlank() ? null : coinglassKey.strip();
        if (key == null) {
            System.err.println("note: " + COINGLASS_KEY_ENV + " is not set: liq_long_usd and liq_short_usd stay blank"
                    + " (Binance publishes no liquidation history; CoinGlass v4 does, with a key). Cascade's bar reader"
                    + " needs them, so fill them in before backtesting this file.");
        }
        BarDownload.Outcome o = BarDownload.run(new HttpJson(Thread::sleep), binanceUrl, coinglassUrl, symbol,
                interval, intervalMs, fromMs, toMs, key, System.currentTimeMillis(), file, resume);
        System.out.printf("%s: %d bars of %s %s from %s to %s (%d requests, %d retries)%n", file, o.rows(), symbol,
                interval, ReportFormat.utc(o.fromMs()), ReportFormat.utc(o.toMs()), o.requests(), o.retries());
        if (o.rows() > 0) {
            System.out.printf("blank (unknown): open interest in %d bars (Binance keeps 30 days), funding in %d,"
                    + " liquidations in %d%n", o.withoutOi(), o.withoutFunding(), o.withoutLiquidations());
        }
        return 0;
    }
}
