package cascade.run;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.fake.FakeExchange;
import cascade.feed.BadLinePolicy;
import cascade.feed.binance.FeedStats;
import cascade.market.Instruments;
import cascade.report.BacktestResult;
import cascade.sim.SimConfig;
import cascade.sim.SimulatedMarket;
import cascade.store.QueuePolicy;
import cascade.store.RunStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code paper} against the fake exchange (on 127.0.0.1, started here) replaying a short simulated
 * tape at high speed makes decisions, fills orders on the paper venue, and its journal replayed as a
 * backtest gives the same trades.
 */
class PaperAgainstFakeTest {
    static final Path STRATEGY = Path.of("src/test/resources/paper/scalp-fast.yml");

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos(); // a deadlock guard only
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    static SimConfig tape() {
        // a twentieth of the simulator's prints (volume kept), so the fake's frames keep pace at 200×
        return SimConfig.defaults(7).withSymbolCount(3).withDuration(60 * 60_000L).withEventDetail(0.05, 1000, 5000);
    }

    @Test
    void paperTradesOnTheFakeAndItsJournalReplaysToTheSameTrades(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("paper.casc");
        // the session learns its card weights as it goes; the replay must learn the same ones at the same times
        cascade.learn.WeightLearner learner = new cascade.learn.WeightLearner(cascade.learn.LearnConfig.DEFAULT,
                true, null);
        BacktestSpec spec = BacktestSpec.adHoc("paper-test", List.of(), STRATEGY, Long.MIN_VALUE, Long.MAX_VALUE);
        BacktestResult paper;
        long ticks;
        try (FakeExchange fake = new FakeExchange(into -> new SimulatedMarket(tape(), into), 200);
                RunStore store = RunStore.inMemory("paper-e2e")) {
            URI endpoint = URI.create("http://127.0.0.1:" + fake.start(0));
            List<String> symbols = new SimulatedMarket(tape(), new Instruments()).instruments().stream()
                    .map(i -> i.symbol()).toList();
            PaperRunner runner = new PaperRunner(new PaperRunner.Options(spec, STRATEGY, symbols, endpoint,
                    URI.create(endpoint.toString().replace("http", "ws")), journal, store, 0, "test", 60_000,
                    learner));
            runner.start();
            assertThat(runner.queuePolicy()).isEqualTo(QueuePolicy.NEVER_BLOCK);
            assertThat(fake.awaitFinished(Duration.ofSeconds(240))).isTrue();
            FeedStats stats = runner.feed().stats();
            await("every frame the fake sent", () -> stats.get("trades") + stats.get("marks")
                    + stats.get("liquidations") + stats.get("frames.ignored") + stats.get("aggTrade.duplicate")
                    + stats.get("mark.duplicate") + stats.get("liquidation.duplicate")
                    == fake.framesSent());
            await("the clock past the tape's end", () -> runner.clock().nowMs() > fake.dataEndMs() + 60_000);
            paper = runner.stop();
            ticks = runner.ticker().ticks();
            assertThat(runner.storeWriteErrors()).isZero();
            runner.close();
            assertThat(stats.get("aggTrade.gap")).isZero();
            assertThat(stats.get("reconnect")).isZero();
        }
        assertThat(ticks).isGreaterThan(360); // 60 minutes of 10 s ticks, and more after the end
        assertThat(paper.trades()).isNotEmpty();
        assertThat(paper.counters().get("decisions.scalp.ENTER_LONG") + paper.counters().get("decisions.scalp.ENTER_SHORT"))
                .isPositive();
        assertThat(paper.counters().get("venue.fills")).isPositive();

        cascade.learn.WeightLearner again = new cascade.learn.WeightLearner(cascade.learn.LearnConfig.DEFAULT,
                true, null);
        BacktestResult replay = BacktestRunner.run(spec.withData(List.of(journal)),
                new BacktestRunner.Options(BadLinePolicy.FAIL, null, null, "test"), again);
        assertThat(learner.labels()).isNotEmpty();
        assertThat(again.labels()).hasSameSizeAs(learner.labels());
        assertThat(learner.history()).isNotEmpty(); // the weights did move during the session
        assertThat(render(again.history())).isEqualTo(render(learner.history()));
        assertThat(render(again.currentWeights())).isEqualTo(render(learner.currentWeights()));
        assertThat(replay.trades()).isEqualTo(paper.trades());
        assertThat(replay.feesUsd()).isEqualTo(paper.feesUsd());
        assertThat(replay.counters()).isEqualTo(paper.counters());
    }

    /** A weight set as text, mode by mode and symbol by symbol. */
    private static String render(cascade.learn.WeightSet weights) {
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(weights.asMap()).forEach((mode, bySymbol) -> new java.util.TreeMap<>(bySymbol)
                .forEach((symbol, w) -> out.append(mode).append(' ').append(symbol).append(' ')
                        .append(java.util.Arrays.toString(w)).append('\n')));
        return out.toString();
    }

    /** Weight changes as text (their weight arrays compare by content). */
    private static List<String> render(List<cascade.learn.WeightChange> history) {
        return history.stream().map(c -> c.timeMs() + " " + c.symbol() + " " + c.mode() + " " + c.outcomes() + " "
                + java.util.Arrays.toString(c.weights())).toList();
    }
}
