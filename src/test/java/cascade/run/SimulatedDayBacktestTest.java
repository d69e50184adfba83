package cascade.run;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.feed.BadLinePolicy;
import cascade.report.BacktestResult;
import cascade.report.TradesCsv;
import cascade.sim.SimConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event-level data end to end: a simulated market through the scalp/day/swing modes, twice. */
class SimulatedDayBacktestTest {

    @TempDir
    Path dir;

    private static BacktestSpec spec() {
        BacktestSpec shipped = BacktestSpecLoader.load(Path.of("backtests/simulated-21.yml"));
        SimConfig small = shipped.simulation().withSymbolCount(4).withDuration(6 * 3_600_000L);
        return new BacktestSpec(shipped.name(), shipped.description(), List.of(), shipped.strategy(),
                shipped.fromMs(), shipped.toMs(), shipped.initialBalanceUsd(), shipped.venue(), shipped.clockStep(),
                shipped.sampleStep(), shipped.outDir(), shipped.sourceText(), small);
    }

    private static BacktestResult run() throws IOException {
        return BacktestRunner.run(spec(), new BacktestRunner.Options(BadLinePolicy.FAIL, null, null, "test"));
    }

    @Test
    void replayingTheJournalOfARunGivesTheSameTrades() throws IOException {
        Path journal = dir.resolve("journal.casc");
        BacktestResult live = BacktestRunner.run(spec(),
                new BacktestRunner.Options(BadLinePolicy.FAIL, null, null, "test", null, journal));

        BacktestResult replay = BacktestRunner.run(spec().withData(List.of(journal)),
                new BacktestRunner.Options(BadLinePolicy.FAIL, null, null, "test"));

        assertThat(live.trades()).isNotEmpty();
        assertThat(TradesCsv.render(replay.trades())).isEqualTo(TradesCsv.render(live.trades()));
        assertThat(replay.equity().values()).isEqualTo(live.equity().values());
    }

    @Test
    void sixSimulatedHoursOfFourSymbolsGiveIdenticalTradesTwice() throws IOException {
        BacktestResult a = run();
        BacktestResult b = run();

        assertThat(a.trades()).isNotEmpty();
        assertThat(a.trades()).extracting(t -> t.mode()).contains("scalp");
        assertThat(TradesCsv.render(b.trades())).isEqualTo(TradesCsv.render(a.trades()));
        assertThat(b.equity().values()).isEqualTo(a.equity().values());
        // equity sampled every minute from the first full minute: 6 h → 359 samples
        assertThat(a.equity().size()).isEqualTo(359);
        assertThat(a.counters().get("funding.settlements")).isEqualTo(4L); // 00:00 for 4 symbols
        // the book's portfolio, built from fills alone, agrees with the venue's own after every fill
        assertThat(a.counters().get("reconcile.snapshots")).isPositive();
        assertThat(a.counters().get("reconcile.position_mismatches")).isZero();
        assertThat(a.counters().get("reconcile.balance_mismatches")).isZero();
    }
}
