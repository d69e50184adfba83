package cascade.run.download;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The three public sources of a bar file, in the formats their documentation gives.
 * <ul>
 *   <li>Binance USDⓈ-M klines {@code GET /fapi/v1/klines} (arrays: open time, open, high, low, close, volume,
 *       close time, quote asset volume, …), up to 1500 per request;</li>
 *   <li>Binance funding-rate history {@code GET /fapi/v1/fundingRate} ({@code fundingTime},
 *       {@code fundingRate}), up to 1000 per request;</li>
 *   <li>Binance open-interest statistics {@code GET /futures/data/openInterestHist} ({@code timestamp},
 *       {@code sumOpenInterest}), up to 500 per request, the latest 30 days only;</li>
 *   <li>CoinGlass v4 {@code GET /api/futures/liquidation/aggregated-history} with header {@code CG-API-KEY}
 *       ({@code code}, {@code data[].time}, {@code aggregated_long_liquidation_usd},
 *       {@code aggregated_short_liquidation_usd}).</li>
 * </ul>
 */
final class MarketData {
    static final int KLINE_LIMIT = 1500;
    static final int FUNDING_LIMIT = 1000;
    static final int OI_LIMIT = 500;
    static final int COINGLASS_LIMIT = 4500;

    /** One kline: times in epoch ms, prices and USD volume as text (kept exact). */
    record Kline(long openMs, String open, String high, String low, String close, String quoteVolume) {
    }

    private final HttpJson http;
    private final String binance;
    private final String coinglass;

    MarketData(HttpJson http, String binanceBaseUrl, String coinglassBaseUrl) {
        this.http = http;
        this.binance = binanceBaseUrl;
        this.coinglass = coinglassBaseUrl;
    }

    /** Klines opening in [fromMs, toMs), paged by open time; no request past the last bar that can open. */
    List<Kline> klines(String symbol, String interval, long intervalMs, long fromMs, long toMs)
            throws IOException, InterruptedException {
        List<Kline> out = new java.util.ArrayList<>();
        long start = fromMs;
        while (start < toMs) {
            JsonNode page = http.get(binance + "/fapi/v1/klines?symbol=" + symbol + "&interval=" + interval
                    + "&startTime=" + start + "&endTime=" + (toMs - 1) + "&limit=" + KLINE_LIMIT, Map.of());
            if (!page.isArray() || page.isEmpty()) {
                break;
            }
            long last = start;
            for (JsonNode k : page) {
                long open = k.get(0).asLong();
                if (open >= fromMs && open < toMs && (out.isEmpty() || open > out.get(out.size() - 1).openMs())) {
                    out.add(new Kline(open, k.get(1).asText(), k.get(2).asText(), k.get(3).asText(), k.get(4).asText(),
                            k.get(7).asText()));
                }
                last = Math.max(last, open);
            }
            if (page.size() < KLINE_LIMIT || last + intervalMs >= toMs) {
                break;
            }
            start = last + 1;
        }
        return out;
    }

    /** Settled funding rates by funding time in [fromMs, toMs), as text. */
    NavigableMap<Long, String> funding(String symbol, long fromMs, long toMs) throws IOException, InterruptedException {
        NavigableMap<Long, String> out = new TreeMap<>();
        long start = fromMs;
        while (start < toMs) {
            JsonNode page = http.get(binance + "/fapi/v1/fundingRate?symbol=" + symbol + "&startTime=" + start
                    + "&endTime=" + (toMs - 1) + "&limit=" + FUNDING_LIMIT, Map.of());
            if (!page.isArray() || page.isEmpty()) {
                break;
            }
            long last = start;
            for (JsonNode f : page) {
                long t = f.get("fundingTime").asLong();
                if (t >= fromMs && t < toMs) {
                    out.put(t, f.get("fundingRate").asText());
                }
                last = Math.max(last, t);
            }
            if (page.size() < FUNDING_LIMIT) {
                break;
            }
            start = last + 1;
        }
        return out;
    }

    /** Open interest (base units, as text) by timestamp in [fromMs, toMs). */
    NavigableMap<Long, String> openInterest(String symbol, String period, long fromMs, long toMs)
            throws IOException, InterruptedException {
        NavigableMap<Long, String> out = new TreeMap<>();
        long start = fromMs;
        while (start < toMs) {
            JsonNode page = http.get(binance + "/futures/data/openInterestHist?symbol=" + symbol + "&period=" + period
                    + "&startTime=" + start + "&endTime=" + (toMs - 1) + "&limit=" + OI_LIMIT, Map.of());
            if (!page.isArray() || page.isEmpty()) {
                break;
            }
            long last = start;
            for (JsonNode o : page) {
                long t = o.get("timestamp").asLong();
                if (t >= fromMs && t < toMs) {
                    out.put(t, o.get("sumOpenInterest").asText());
                }
                last = Math.max(last, t);
            }
            if (page.size() < OI_LIMIT) {
                break;
            }
            start = last + 1;
        }
        return out;
    }

    /** Long and short liquidated USD by bar open time in [fromMs, toMs) for the base coin on Binance. */
    Map<Long, String[]> liquidations(String baseCoin, String interval, long fromMs, long toMs, String apiKey)
            throws IOException, InterruptedException {
        JsonNode body = http.get(coinglass + "/api/futures/liquidation/aggregated-history?exchange_list=Binance"
                + "&symbol=" + baseCoin + "&interval=" + interval + "&start_time=" + fromMs + "&end_time=" + (toMs - 1)
                + "&limit=" + COINGLASS_LIMIT, Map.of("CG-API-KEY", apiKey, "accept", "application/json"));
        if (!"0".equals(body.path("code").asText())) {
            throw new IOException("CoinGlass answered code " + body.path("code").asText() + ": "
                    + body.path("msg").asText());
        }
        Map<Long, String[]> out = new LinkedHashMap<>();
        for (JsonNode d : body.path("data")) {
            long t = d.get("time").asLong();
            if (t >= fromMs && t < toMs) {
                out.put(t, new String[] {d.get("aggregated_long_liquidation_usd").asText(),
                    d.get("aggregated_short_liquidation_usd").asText()});
            }
        }
        return out;
    }
}
