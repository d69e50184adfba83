package cascade.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Local fakes of Binance USDⓈ-M market data and CoinGlass v4 on 127.0.0.1, answering in the documented JSON
 * formats from a deterministic market: bar i (open time = EPOCH + i h) opens at 1000 + i, high +5, low −5,
 * closes at 1000 + i + 1, quote volume 1e6 + i; funding settles every 8 h at 0.0001 × (k mod 5 − 2);
 * open interest 5000 + i at each bar's close; liquidations long 100 × i, short 50 × i per bar. The first
 * funding request is answered 429 with Retry-After: 1, as Binance does when a client goes too fast.
 */
final class FakeMarketApis implements AutoCloseable {
    static final long EPOCH = 1_735_689_600_000L; // 2025-01-01T00:00:00Z
    static final long HOUR = 3_600_000L;
    static final String KEY = "test-key";

    private final HttpServer server;
    final List<String> paths = new ArrayList<>();
    private boolean throttled;

    FakeMarketApis() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fapi/v1/klines", this::klines);
        server.createContext("/fapi/v1/fundingRate", this::funding);
        server.createContext("/futures/data/openInterestHist", this::openInterest);
        server.createContext("/api/futures/liquidation/aggregated-history", this::liquidations);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static long barIndex(long openMs) {
        return (openMs - EPOCH) / HOUR;
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                q.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return q;
    }

    /** First multiple of {@code step} (from EPOCH) at or after {@code t}. */
    private static long ceil(long t, long step) {
        long k = Math.floorDiv(t - EPOCH + step - 1, step);
        return EPOCH + k * step;
    }

    private void klines(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex);
        long start = Long.parseLong(q.get("startTime"));
        long end = Long.parseLong(q.get("endTime"));
        int limit = Integer.parseInt(q.get("limit"));
        StringBuilder b = new StringBuilder("[");
        int n = 0;
        for (long t = Math.max(EPOCH, ceil(start, HOUR)); t <= end && n < limit; t += HOUR, n++) {
            long i = barIndex(t);
            b.append(n == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "[%d,\"%d.10\",\"%d.10\",\"%d.10\",\"%d.10\",\"12.5\",%d,\"%d.25\",100,\"6\",\"500\",\"0\"]", t,
                    1000 + i, 1005 + i, 995 + i, 1001 + i, t + HOUR - 1, 1_000_000 + i));
        }
        reply(ex, 200, b.append("]").toString());
    }

    private void funding(HttpExchange ex) throws IOException {
        if (!throttled) {
            throttled = true;
            ex.getResponseHeaders().add("Retry-After", "1");
            reply(ex, 429, "{\"code\":-1003,\"msg\":\"Too many requests\"}");
            return;
        }
        Map<String, String> q = query(ex);
        long start = Long.parseLong(q.get("startTime"));
        long end = Long.parseLong(q.get("endTime"));
        int limit = Integer.parseInt(q.get("limit"));
        StringBuilder b = new StringBuilder("[");
        int n = 0;
        for (long t = ceil(start, 8 * HOUR); t <= end && n < limit; t += 8 * HOUR, n++) {
            long k = Math.floorDiv(t - EPOCH, 8 * HOUR);
            b.append(n == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"symbol\":\"BTCUSDT\",\"fundingTime\":%d,\"fundingRate\":\"%s\",\"markPrice\":\"1000.0\"}", t,
                    rate(k)));
        }
        reply(ex, 200, b.append("]").toString());
    }

    static String rate(long k) {
        return new java.math.BigDecimal("0.0001").multiply(java.math.BigDecimal.valueOf(Math.floorMod(k, 5) - 2))
                .setScale(8).toPlainString();
    }

    private void openInterest(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex);
        long start = Long.parseLong(q.get("startTime"));
        long end = Long.parseLong(q.get("endTime"));
        int limit = Integer.parseInt(q.get("limit"));
        StringBuilder b = new StringBuilder("[");
        int n = 0;
        for (long t = ceil(start, HOUR); t <= end && n < limit; t += HOUR, n++) {
            long i = barIndex(t) - 1; // the sample at bar i's close
            b.append(n == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"symbol\":\"BTCUSDT\","
                    + "\"sumOpenInterest\":\"%d.5\",\"sumOpenInterestValue\":\"1.0\",\"timestamp\":%d}", 5000 + i, t));
        }
        reply(ex, 200, b.append("]").toString());
    }

    private void liquidations(HttpExchange ex) throws IOException {
        if (!KEY.equals(ex.getRequestHeaders().getFirst("CG-API-KEY"))) {
            reply(ex, 200, "{\"code\":\"401\",\"msg\":\"API key missing or invalid\"}");
            return;
        }
        Map<String, String> q = query(ex);
        long start = Long.parseLong(q.get("start_time"));
        long end = Long.parseLong(q.get("end_time"));
        StringBuilder b = new StringBuilder("{\"code\":\"0\",\"msg\":\"success\",\"data\":[");
        int n = 0;
        for (long t = Math.max(EPOCH, ceil(start, HOUR)); t <= end; t += HOUR, n++) {
            long i = barIndex(t);
            b.append(n == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"time\":%d,"
                    + "\"aggregated_long_liquidation_usd\":%d,\"aggregated_short_liquidation_usd\":%d}", t, 100 * i,
                    50 * i));
        }
        reply(ex, 200, b.append("]}").toString());
    }

    private void reply(HttpExchange ex, int status, String body) throws IOException {
        synchronized (paths) {
            URI uri = ex.getRequestURI();
            paths.add(status + " " + uri.getPath());
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
