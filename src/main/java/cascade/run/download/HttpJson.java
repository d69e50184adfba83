package cascade.run.download;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * GET requests returning JSON, with the retries a public market-data API needs: HTTP 429 (rate limit) and 418
 * (Binance's ban after ignoring 429) wait for {@code Retry-After} seconds, else back off 1, 2, 4 … s; 5xx
 * and network errors retry with the same backoff; up to {@link #MAX_ATTEMPTS} attempts. Other 4xx answers
 * are errors with the server's message.
 */
public final class HttpJson {
    static final int MAX_ATTEMPTS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_WAIT_MS = 120_000;

    /** Waits between attempts (tests pass one that only records). */
    public interface Sleeper {
        void sleep(long ms) throws InterruptedException;
    }

    private final HttpClient client;
    private final Sleeper sleeper;
    private int requests;
    private int retries;

    public HttpJson(Sleeper sleeper) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build();
        this.sleeper = sleeper;
    }

    public int requests() {
        return requests;
    }

    public int retries() {
        return retries;
    }

    public JsonNode get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
            headers.forEach(request::header);
            requests++;
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                last = e;
                backoff(attempt, -1);
                continue;
            }
            int status = response.statusCode();
            if (status == 200) {
                return JSON.readTree(response.body());
            }
            if (status == 429 || status == 418 || status >= 500) {
                last = new IOException(redact(url) + ": HTTP " + status);
                backoff(attempt, response.headers().firstValue("Retry-After").map(HttpJson::seconds).orElse(-1L));
                continue;
            }
            throw new IOException(redact(url) + ": HTTP " + status + ": " + abbreviate(response.body()));
        }
        throw new IOException("gave up after " + MAX_ATTEMPTS + " attempts: " + last.getMessage(), last);
    }

    private void backoff(int attempt, long retryAfterSeconds) throws InterruptedException {
        if (attempt == MAX_ATTEMPTS) {
            return;
        }
        retries++;
        long ms = retryAfterSeconds >= 0 ? retryAfterSeconds * 1000 : 1000L << (attempt - 1);
        sleeper.sleep(Math.min(MAX_WAIT_MS, ms));
    }

    private static long seconds(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** URLs carry no secrets (keys go in headers), but query strings are cut for readable messages. */
    private static String redact(String url) {
        return url.length() > 200 ? url.substring(0, 200) + "…" : url;
    }

    private static String abbreviate(String body) {
        String b = body == null ? "" : body.strip();
        return b.length() > 300 ? b.substring(0, 300) + "…" : b;
    }
}
