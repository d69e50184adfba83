package cascade.run.download;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Downloads a bar CSV in Cascade's format (backtests/data/README.md): OHLC and USD volume from Binance klines;
 * the last settled funding rate known at each bar's close; open interest at the bar's close where Binance
 * has it (its last 30 days); long and short liquidated USD per bar from CoinGlass when there is an API key.
 * What is not known stays blank, never zero. The file is written chunk by chunk of klines, so an interrupted
 * download keeps its complete rows and {@code resume} continues after the last one.
 */
public final class BarDownload {
    public static final String HEADER =
            "open_time_ms,open,high,low,close,volume_usd,liq_long_usd,liq_short_usd,open_interest,funding_rate";
    private static final long OI_HISTORY_MS = 30L * 86_400_000L;
    /** Funding settles every 8 h: one day before the start finds the rate in force at the first bar. */
    private static final long FUNDING_LOOKBACK_MS = 86_400_000L;

    /** What was written: rows, and how many bars lack OI, funding or liquidations. */
    public record Outcome(long rows, long fromMs, long toMs, long withoutOi, long withoutFunding,
            long withoutLiquidations, int requests, int retries) {
    }

    private BarDownload() {
    }

    /**
     * @param symbol Binance symbol, e.g. BTCUSDT (CoinGlass gets the base coin, BTC)
     * @param interval 1m … 1d as Binance writes it
     * @param coinglassKey a CoinGlass v4 key, or null: liquidations stay blank
     * @param nowMs the wall clock, to know which bars Binance still has open interest for
     * @param resume continue an existing file after its last bar instead of writing a new one
     */
    public static Outcome run(HttpJson http, String binanceUrl, String coinglassUrl, String symbol, String interval,
            long intervalMs, long fromMs, long toMs, String coinglassKey, long nowMs, Path out, boolean resume)
            throws IOException, InterruptedException {
        MarketData api = new MarketData(http, binanceUrl, coinglassUrl);
        long start = fromMs;
        if (resume && Files.exists(out)) {
            long last = lastOpenTime(out);
            if (last != Long.MIN_VALUE) {
                start = Math.max(fromMs, last + intervalMs);
            }
        } else {
            Files.writeString(out, HEADER + "\n", StandardCharsets.UTF_8);
        }
        long rows = 0;
        long noOi = 0;
        long noFunding = 0;
        long noLiq = 0;
        long chunk = intervalMs * MarketData.KLINE_LIMIT;
        for (long s = start; s < toMs; s += chunk) {
            long e = Math.min(toMs, s + chunk);
            List<MarketData.Kline> klines = api.klines(symbol, interval, intervalMs, s, e);
            if (klines.isEmpty()) {
                continue;
            }
            long lastClose = klines.get(klines.size() - 1).openMs() + intervalMs;
            NavigableMap<Long, String> funding = api.funding(symbol, s - FUNDING_LOOKBACK_MS, lastClose + 1);
            long oiFrom = Math.max(s, nowMs - OI_HISTORY_MS);
            NavigableMap<Long, String> oi = oiFrom < lastClose + 1
                    ? api.openInterest(symbol, interval, oiFrom, lastClose + 1) : new java.util.TreeMap<>();
            Map<Long, String[]> liq = coinglassKey == null ? Map.of()
                    : api.liquidations(baseCoin(symbol), interval, s, e, coinglassKey);
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
                for (MarketData.Kline k : klines) {
                    long close = k.openMs() + intervalMs;
                    Map.Entry<Long, String> f = funding.floorEntry(close);
                    Map.Entry<Long, String> o = oi.floorEntry(close);
                    String oiValue = o != null && o.getKey() > k.openMs() ? o.getValue() : "";
                    String[] l = liq.get(k.openMs());
                    noOi += oiValue.isEmpty() ? 1 : 0;
                    noFunding += f == null ? 1 : 0;
                    noLiq += l == null ? 1 : 0;
                    w.write(String.join(",", Long.toString(k.openMs()), k.open(), k.high(), k.low(), k.close(),
                            k.quoteVolume(), l == null ? "" : l[0], l == null ? "" : l[1], oiValue,
                            f == null ? "" : f.getValue()));
                    w.write('\n');
                    rows++;
                }
            }
        }
        return new Outcome(rows, start, toMs, noOi, noFunding, noLiq, http.requests(), http.retries());
    }

    /** BTCUSDT → BTC, 1000PEPEUSDT → 1000PEPE; CoinGlass keys its aggregated history by base coin. */
    static String baseCoin(String symbol) {
        for (String quote : new String[] {"USDT", "USDC", "USD", "BUSD"}) {
            if (symbol.endsWith(quote) && symbol.length() > quote.length()) {
                return symbol.substring(0, symbol.length() - quote.length());
            }
        }
        return symbol;
    }

    /** The last row's open_time_ms, or Long.MIN_VALUE when the file has a header only. */
    static long lastOpenTime(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + " is not a bar file written by cascade download (its header differs):"
                    + " cannot resume it");
        }
        for (int i = lines.size() - 1; i > 0; i--) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                return Long.parseLong(line.substring(0, line.indexOf(',')));
            }
        }
        return Long.MIN_VALUE;
    }
}
