package cascade.run;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.fake.FakeExchange;
import cascade.fake.ListSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status page of a paper session against the fake: JSON and HTML over HTTP on 127.0.0.1, read-only. */
class PaperStatusPageTest {
    private static final long START = 1_767_225_600_000L;

    @Test
    void theStatusJsonShowsFeedHealthAccountAndCountersAndThePageIsServedReadOnly(@TempDir Path dir)
            throws Exception {
        BacktestSpec spec = BacktestSpec.adHoc("status-test", List.of(), PaperAgainstFakeTest.STRATEGY,
                Long.MIN_VALUE, Long.MAX_VALUE);
        HttpClient http = HttpClient.newHttpClient();
        try (FakeExchange fake = new FakeExchange(into -> ListSource.eth(into, START, 120), 20)) {
            URI endpoint = URI.create("http://127.0.0.1:" + fake.start(0));
            try (PaperRunner runner = new PaperRunner(new PaperRunner.Options(spec, PaperAgainstFakeTest.STRATEGY,
                    List.of("ETHUSDT"), endpoint, URI.create(endpoint.toString().replace("http", "ws")),
                    dir.resolve("j.casc"), null, 0, "test", 60_000))) {
                runner.start();
                assertThat(fake.awaitFinished(Duration.ofSeconds(60))).isTrue();
                PaperAgainstFakeTest.await("all 240 trades", () -> runner.feed().stats().get("trades") == 240);
                PaperAgainstFakeTest.await("a tick after the last trade",
                        () -> runner.clock().nowMs() > START + 130_000);
                String base = "http://127.0.0.1:" + runner.statusPort();
                HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(api.statusCode()).isEqualTo(200);
                assertThat(api.headers().firstValue("Content-Type")).hasValue("application/json");
                JsonNode s = new ObjectMapper().readTree(api.body());
                assertThat(s.path("venue").asText()).isEqualTo("binance (paper)");
                assertThat(s.path("risk").asText()).isEqualTo("ACTIVE");
                assertThat(s.path("equityUsd").asDouble()).isEqualTo(10_000.0); // flat tape: no entries
                assertThat(s.path("positions")).isEmpty();
                assertThat(s.path("openOrders")).isEmpty();
                JsonNode eth = s.path("symbols").get(0);
                assertThat(eth.path("symbol").asText()).isEqualTo("ETHUSDT");
                assertThat(eth.path("feed").asText()).isEqualTo("ACTIVE");
                assertThat(eth.path("gaps").asLong()).isZero();
                assertThat(s.path("counters").path("feed.trades").asLong()).isEqualTo(240);
                assertThat(s.path("counters").path("feed.marks").asLong()).isEqualTo(120);
                assertThat(s.path("counters").path("feed.liquidations").asLong()).isEqualTo(1);
                assertThat(s.path("decisions").size()).isPositive();
                assertThat(s.path("decisions").get(0).path("symbol").asText()).isEqualTo("ETHUSDT");
                assertThat(api.body().toLowerCase()).doesNotContain("secret").doesNotContain("apikey")
                        .doesNotContain("password");

                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("<title>Cascade paper</title>").contains("fetch('/api/status'");
                HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/api/status"))
                        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(post.statusCode()).isEqualTo(405);
                HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(base + "/admin")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(other.statusCode()).isEqualTo(404);
            }
        }
    }
}
