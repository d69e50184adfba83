package cascade.feed.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The public USDⓈ-M REST calls the market feed needs, on the JDK's HTTP client: {@code time},
 * {@code exchangeInfo}, {@code openInterest}, {@code aggTrades}. Tracks the IP weight Binance reports
 * ({@code X-MBX-USED-WEIGHT-1M}) and, after a 429 or 418, refuses every call until {@code Retry-After} has
 * passed (continuing after a 429 is what earns the 418 ban). Never signs anything: no keys here.
 */
public final class BinanceRest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private final LongSupplier wallMs;
    private final AtomicLong usedWeight = new AtomicLong();
    private volatile long blockedUntilMs;
    private volatile int weightLimitPerMinute = 2400;

    public BinanceRest(URI base) {
        this(base, System::currentTimeMillis);
    }

    public BinanceRest(URI base, LongSupplier wallMs) {
        this.base = base;
        this.wallMs = wallMs;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** {@code GET /fapi/v1/time} → server time, epoch ms. */
    public long serverTime() throws IOException, BinanceRestException {
        return get("/fapi/v1/time", Map.of()).path("serverTime").asLong();
    }

    /** {@code GET /fapi/v1/exchangeInfo}: the symbols, and the request-weight limit from {@code rateLimits}. */
    public List<SymbolInfo> exchangeInfo() throws IOException, BinanceRestException {
        JsonNode root = get("/fapi/v1/exchangeInfo", Map.of());
        for (JsonNode limit : root.path("rateLimits")) {
            if ("REQUEST_WEIGHT".equals(limit.path("rateLimitType").asText())
                    && "MINUTE".equals(limit.path("interval").asText())) {
                int n = limit.path("intervalNum").asInt(1);
                weightLimitPerMinute = Math.max(1, limit.path("limit").asInt(2400) / Math.max(1, n));
            }
        }
        List<SymbolInfo> out = new ArrayList<>();
        for (JsonNode s : root.path("symbols")) {
            BigDecimal tick = null;
            BigDecimal step = null;
            for (JsonNode f : s.path("filters")) {
                switch (f.path("filterType").asText()) {
                    case "PRICE_FILTER" -> tick = new BigDecimal(f.path("tickSize").asText("0"));
                    case "LOT_SIZE" -> step = new BigDecimal(f.path("stepSize").asText("0"));
                    default -> { }
                }
            }
            if (tick == null || step == null || tick.signum() <= 0 || step.signum() <= 0) {
                continue; // no usable filters: cannot be traded or priced
            }
            out.add(new SymbolInfo(s.path("symbol").asText(), s.path("status").asText(),
                    s.path("contractType").asText(), tick, step));
        }
        return out;
    }

    /** {@code GET /fapi/v1/openInterest}: {@code {"openInterest":"…","symbol":"…","time":…}}. */
    public JsonNode openInterest(String symbol) throws IOException, BinanceRestException {
        return get("/fapi/v1/openInterest", Map.of("symbol", symbol));
    }

    /** {@code GET /fapi/v1/aggTrades?symbol&fromId&limit} (limit ≤ 1000), oldest first. */
    public JsonNode aggTrades(String symbol, long fromId, int limit) throws IOException, BinanceRestException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("symbol", symbol);
        q.put("fromId", Long.toString(fromId));
        q.put("limit", Integer.toString(Math.max(1, Math.min(1000, limit))));
        return get("/fapi/v1/aggTrades", q);
    }

    /** The weight Binance last reported as used in the current minute. */
    public long usedWeight() {
        return usedWeight.get();
    }

    /** The request-weight limit per minute from {@code exchangeInfo} (2400 until it was read). */
    public int weightLimitPerMinute() {
        return weightLimitPerMinute;
    }

    /** True while a 429/418's {@code Retry-After} has not passed. */
    public boolean backingOff() {
        return wallMs.getAsLong() < blockedUntilMs;
    }

    private JsonNode get(String path, Map<String, String> query) throws IOException, BinanceRestException {
        if (backingOff()) {
            throw new BinanceRestException(path, 429, -1003, "not sent: backing off after a rate-limit answer",
                    blockedUntilMs - wallMs.getAsLong());
        }
        StringBuilder uri = new StringBuilder(base.toString().replaceAll("/+$", "")).append(path);
        char sep = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            uri.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofSeconds(10)).GET()
                .build();
        HttpResponse<String> resp;
        try {
            resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(path + ": interrupted", e);
        }
        resp.headers().firstValue("X-MBX-USED-WEIGHT-1M").ifPresent(w -> {
            try {
                usedWeight.set(Long.parseLong(w.trim()));
            } catch (NumberFormatException ignored) {
                // a malformed header says nothing about the weight
            }
        });
        int status = resp.statusCode();
        if (status == 200) {
            return JSON.readTree(resp.body());
        }
        long retryAfterMs = 0;
        if (status == 429 || status == 418) {
            retryAfterMs = resp.headers().firstValue("Retry-After").map(BinanceRest::seconds).orElse(60L) * 1000;
            blockedUntilMs = wallMs.getAsLong() + retryAfterMs;
        }
        int code = 0;
        String msg = null;
        try {
            JsonNode err = JSON.readTree(resp.body());
            code = err.path("code").asInt(0);
            msg = err.path("msg").asText(null);
        } catch (IOException ignored) {
            msg = "(no JSON body)";
        }
        throw new BinanceRestException(path, status, code, msg, retryAfterMs);
    }

    private static long seconds(String v) {
        try {
            return Math.max(1, Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return 60;
        }
    }
}
