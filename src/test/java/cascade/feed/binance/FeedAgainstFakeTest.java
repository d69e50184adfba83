package cascade.feed.binance;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.fake.FakeExchange;
import cascade.fake.ListSource;
import cascade.market.EventType;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Our market feed against the fake exchange on 127.0.0.1: the wire both ways, and the fault handling. */
class FeedAgainstFakeTest {
    private static final long START = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
    private final List<MarketEvent> received = new CopyOnWriteArrayList<>();
    private FakeExchange fake;
    private BinanceMarketFeed feed;

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    private BinanceMarketFeed feed(int seconds, double speed, long silenceMs) throws Exception {
        fake = new FakeExchange(into -> ListSource.eth(into, START, seconds), speed);
        int port = fake.start(0);
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        BinanceRest rest = new BinanceRest(endpoint);
        Instruments instruments = new Instruments();
        List<String> symbols = BinanceMarketFeed.registerInstruments(rest, instruments, List.of("ETHUSDT"));
        feed = new BinanceMarketFeed(BinanceMarketFeed.Config.endpoint(endpoint).withSilence(silenceMs)
                .withBackoff(20, 200).withOiPeriod(20), instruments, symbols, rest, received::add,
                System::currentTimeMillis);
        return feed;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); // a deadlock guard, not a timing
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private List<MarketEvent> of(EventType type) {
        return received.stream().filter(e -> e.type == type).toList();
    }

    @Test
    void everyEventOfTheTapeArrivesOnceInOurFixedPoint() throws Exception {
        feed(20, 20, 5_000).start();
        assertThat(feed.streamUri().getPath()).isEqualTo("/market/stream");
        assertThat(feed.streamUri().getQuery())
                .isEqualTo("streams=!forceOrder@arr/ethusdt@aggTrade/ethusdt@markPrice@1s");
        assertThat(fake.awaitFinished(Duration.ofSeconds(60))).isTrue();
        await("40 trades and 20 marks", () -> of(EventType.TRADE).size() == 40 && of(EventType.MARK_PRICE).size() == 20);
        List<MarketEvent> trades = of(EventType.TRADE);
        assertThat(trades.get(0).timeMs).isEqualTo(START + 100);
        assertThat(trades.get(0).side).isEqualTo(Side.BUY);
        assertThat(trades.get(0).price).isEqualTo(340_000);
        assertThat(trades.get(0).qty).isEqualTo(10);
        assertThat(trades.get(39).timeMs).isEqualTo(START + 19_600);
        assertThat(trades.get(39).side).isEqualTo(Side.SELL);
        assertThat(trades.get(39).price).isEqualTo(340_019);
        List<MarketEvent> liq = of(EventType.LIQUIDATION);
        assertThat(liq).hasSize(1);
        assertThat(liq.get(0).timeMs).isEqualTo(START + 7_800);
        assertThat(liq.get(0).side).isEqualTo(Side.SELL);
        assertThat(liq.get(0).price).isEqualTo(340_007 - 50);
        assertThat(liq.get(0).qty).isEqualTo(1500);
        assertThat(of(EventType.MARK_PRICE).get(19).price).isEqualTo(340_019);
        // OI is polled: each value seen is one the tape had at that time, in order, never repeated
        await("an open interest poll", () -> !of(EventType.OPEN_INTEREST).isEmpty());
        long previous = 0;
        for (MarketEvent oi : of(EventType.OPEN_INTEREST)) {
            long s = (oi.timeMs - START - 700) / 1000;
            assertThat((oi.timeMs - START - 700) % 5000).isZero();
            assertThat(oi.openInterest).isEqualTo(10_000_000L + s * 10_000L);
            assertThat(oi.timeMs).isGreaterThan(previous);
            previous = oi.timeMs;
        }
        assertThat(feed.stats().get("aggTrade.gap")).isZero();
        assertThat(feed.stats().get("aggTrade.duplicate")).isZero();
        assertThat(feed.stats().get("frames.bad")).isZero();
        assertThat(fake.legacyConnections()).isZero();
    }

    @Test
    void theUnroutedPathAcknowledgesSubscriptionsAndSendsNothingWhileTheRoutedOneStreams() throws Exception {
        BinanceMarketFeed f = feed(10, 10, 5_000);
        List<String> legacyFrames = new CopyOnWriteArrayList<>();
        int port = fake.port();
        WebSocket legacy = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/stream?streams=ethusdt@aggTrade"),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                legacyFrames.add(data.toString());
                                ws.request(1);
                                return null;
                            }
                        })
                .get();
        legacy.sendText("{\"method\":\"SUBSCRIBE\",\"params\":[\"ethusdt@markPrice@1s\"],\"id\":1}", true);
        await("the subscription's answer", () -> legacyFrames.size() == 1);
        f.start();
        assertThat(fake.awaitFinished(Duration.ofSeconds(60))).isTrue();
        await("20 trades on the routed path", () -> of(EventType.TRADE).size() == 20);
        assertThat(legacyFrames).containsExactly("{\"result\":null,\"id\":1}");
        assertThat(fake.legacyConnections()).isEqualTo(1);
        legacy.abort();
    }

    @Test
    void skippedAggTradesAreAGapBackFilledFromRestInOrder() throws Exception {
        BinanceMarketFeed f = feed(20, 10, 5_000);
        f.start();
        await("the first trades", () -> of(EventType.TRADE).size() >= 4);
        fake.skipAggTrades("ETHUSDT", 3);
        assertThat(fake.awaitFinished(Duration.ofSeconds(60))).isTrue();
        await("40 trades", () -> of(EventType.TRADE).size() == 40);
        assertThat(fake.skippedAggTrades("ETHUSDT")).isEqualTo(3);
        assertThat(f.stats().get("aggTrade.gap")).isEqualTo(1);
        assertThat(f.stats().get("aggTrade.gap.ids")).isEqualTo(3);
        assertThat(f.stats().get("aggTrade.backfilled")).isEqualTo(3);
        assertThat(f.stats().get("aggTrade.lost")).isZero();
        assertTradesInTapeOrder();
    }

    @Test
    void aDroppedConnectionReconnectsAndTheTradesMissedMeanwhileAreBackFilled() throws Exception {
        BinanceMarketFeed f = feed(30, 10, 5_000);
        f.start();
        await("the first trades", () -> of(EventType.TRADE).size() >= 6);
        fake.drop();
        assertThat(fake.awaitFinished(Duration.ofSeconds(60))).isTrue();
        await("60 trades", () -> of(EventType.TRADE).size() == 60);
        assertThat(fake.connections()).isEqualTo(2);
        assertThat(f.stats().get("reconnect")).isEqualTo(1);
        assertThat(f.stats().get("aggTrade.lost")).isZero();
        assertThat(f.stats().get("aggTrade.backfilled")).isEqualTo(f.stats().get("aggTrade.gap.ids"));
        assertTradesInTapeOrder();
    }

    @Test
    void aSilentConnectionIsReplacedByTheWatchdog() throws Exception {
        BinanceMarketFeed f = feed(600, 1, 300);
        f.start();
        await("the first mark", () -> !of(EventType.MARK_PRICE).isEmpty());
        fake.silence(true);
        await("the watchdog's reconnect", () -> f.stats().get("reconnect.silence") >= 1);
        assertThat(f.stats().get("stale")).isGreaterThanOrEqualTo(1);
        fake.silence(false);
        await("a second connection", () -> fake.connections() >= 2);
        int before = of(EventType.MARK_PRICE).size();
        await("marks again", () -> of(EventType.MARK_PRICE).size() > before);
        await("fresh again", () -> !f.stats().isStale(0));
        assertThat(f.stats().get("fresh")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a429StopsTheOpenInterestPollUntilRetryAfterHasPassedSoNoCallEarnsA418() throws Exception {
        BinanceMarketFeed f = feed(600, 1, 5_000);
        f.start();
        await("an open interest poll", () -> f.stats().get("oi.polled") >= 1);
        fake.rateLimit(1, 1);
        await("the 429", () -> f.stats().get("oi.error.429") == 1);
        await("skipped polls while backing off", () -> f.stats().get("oi.skipped.backoff") >= 1);
        long answered = f.stats().get("oi.polled") + f.stats().get("oi.unchanged");
        await("answered polls again after Retry-After",
                () -> f.stats().get("oi.polled") + f.stats().get("oi.unchanged") > answered);
        assertThat(fake.answered429()).isEqualTo(1);
        assertThat(fake.callsWhileLimited()).isZero();
    }

    @Test
    void theConnectionIsReplacedBeforeTheVenuesLimitWithoutAGapOrADuplicate() throws Exception {
        fake = new FakeExchange(into -> ListSource.eth(into, START, 60), 10);
        fake.maxConnectionAge(20_000); // the "24 h" limit: 20 s of the fake's time, 2 s of wall time at 10×
        URI endpoint = URI.create("http://127.0.0.1:" + fake.start(0));
        BinanceRest rest = new BinanceRest(endpoint);
        Instruments instruments = new Instruments();
        List<String> symbols = BinanceMarketFeed.registerInstruments(rest, instruments, List.of("ETHUSDT"));
        feed = new BinanceMarketFeed(BinanceMarketFeed.Config.endpoint(endpoint).withSilence(5_000)
                .withRotation(12_000), instruments, symbols, rest, received::add, System::currentTimeMillis);
        feed.clockRate(() -> 10.0); // replaced after 12 s of venue time: 1.2 s of wall time
        feed.start();
        assertThat(fake.awaitFinished(Duration.ofSeconds(60))).isTrue();
        await("120 trades and 60 marks", () -> of(EventType.TRADE).size() == 120 && of(EventType.MARK_PRICE).size() == 60);
        assertThat(feed.stats().get("rotate")).isGreaterThanOrEqualTo(3);
        assertThat(feed.stats().get("rotate.done")).isEqualTo(feed.stats().get("rotate"));
        assertThat(fake.closedForAge()).isZero();
        assertThat(feed.stats().get("reconnect")).isZero();
        assertThat(feed.stats().get("aggTrade.gap")).isZero();
        assertThat(of(EventType.LIQUIDATION)).hasSize(1);
        assertTradesInTapeOrder();
        List<Long> marks = of(EventType.MARK_PRICE).stream().map(e -> e.timeMs).toList();
        for (int s = 0; s < 60; s++) {
            assertThat(marks.get(s)).isEqualTo(START + s * 1000L);
        }
    }

    @Test
    void oneSilentSymbolIsStaleWhileTheOthersStayActiveAndIsFreshAgainWhenItsDataIsBack() throws Exception {
        fake = new FakeExchange(into -> ListSource.ethAndBtc(into, START, 600), 1);
        URI endpoint = URI.create("http://127.0.0.1:" + fake.start(0));
        BinanceRest rest = new BinanceRest(endpoint);
        Instruments instruments = new Instruments();
        List<String> symbols = BinanceMarketFeed.registerInstruments(rest, instruments, List.of("ETHUSDT", "BTCUSDT"));
        feed = new BinanceMarketFeed(BinanceMarketFeed.Config.endpoint(endpoint).withSilence(1_500)
                .withBackoff(20, 200), instruments, symbols, rest, received::add, System::currentTimeMillis);
        feed.start();
        await("marks of both", () -> of(EventType.MARK_PRICE).size() >= 2);
        fake.silence("BTCUSDT", true);
        await("BTCUSDT stale", () -> feed.stats().isStale(1));
        assertThat(feed.stats().isStale(0)).isFalse();
        assertThat(feed.stats().get("stale")).isEqualTo(1);
        fake.silence("BTCUSDT", false);
        await("BTCUSDT fresh again", () -> !feed.stats().isStale(1));
        assertThat(feed.stats().get("fresh")).isEqualTo(1);
        assertThat(feed.stats().isStale(0)).isFalse();
        // the connection was kept: one silent symbol is not a dead connection (at most one replacement per 9 s)
        assertThat(feed.stats().get("watchdog.silence")).isLessThanOrEqualTo(1);
    }

    @Test
    void aRepeatedAggTradeIsDroppedAsADuplicate() throws Exception {
        BinanceMarketFeed f = feed(1, 1, 5_000);
        String frame = "{\"stream\":\"ethusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"E\":1,\"s\":\"ETHUSDT\",\"a\":5,"
                + "\"p\":\"3400.00\",\"q\":\"0.010\",\"f\":5,\"l\":5,\"T\":1,\"m\":false}}";
        f.onFrame(frame);
        f.onFrame(frame);
        f.onFrame(frame.replace("\"a\":5", "\"a\":4"));
        assertThat(of(EventType.TRADE)).hasSize(1);
        assertThat(f.stats().get("aggTrade.duplicate")).isEqualTo(2);
    }

    private void assertTradesInTapeOrder() {
        List<MarketEvent> trades = of(EventType.TRADE);
        List<Long> times = new ArrayList<>();
        for (MarketEvent t : trades) {
            times.add(t.timeMs);
        }
        List<Long> expected = new ArrayList<>();
        for (int s = 0; s < trades.size() / 2; s++) {
            expected.add(START + s * 1000L + 100);
            expected.add(START + s * 1000L + 600);
        }
        assertThat(times).isEqualTo(expected);
    }
}
