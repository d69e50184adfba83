package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.feed.BadLinePolicy;
import cascade.learn.LearnConfig;
import cascade.run.BacktestRunner;
import cascade.run.BacktestSpec;
import cascade.run.BacktestSpecLoader;
import cascade.run.WalkForward;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Walk-forward over the tuning period of the development year only (to 2025-08-14), two folds: the same
 * table twice, contiguous folds, and the tuner equal to the fixed weights wherever it refused.
 */
class WalkforwardCommandTest {
    private static String table(WalkForward.Outcome o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WalkforwardCommand.print(o, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void foldsAreContiguousDeterministicAndTheChampionStaysWhenRefused() throws Exception {
        BacktestSpec s = BacktestSpecLoader.load(Path.of("backtests/liquidation-suite.yml"));
        BacktestSpec spec = new BacktestSpec(s.name(), s.description(), s.data(), s.strategy(), s.fromMs(),
                BacktestSpecLoader.parseTime("2025-08-14"), s.initialBalanceUsd(), s.venue(), s.clockStep(),
                s.sampleStep(), s.outDir(), s.sourceText());
        BacktestRunner.Options options = new BacktestRunner.Options(BadLinePolicy.FAIL, null, null, "test");
        WalkForward.Outcome a = WalkForward.run(spec, 2, LearnConfig.DEFAULT, options);
        WalkForward.Outcome b = WalkForward.run(spec, 2, LearnConfig.DEFAULT, options);
        String table = table(a);
        System.out.print(table);
        assertThat(table(b)).isEqualTo(table);
        assertThat(a.perFold()).hasSize(2);
        WalkForward.Fold first = a.perFold().get(0);
        WalkForward.Fold second = a.perFold().get(1);
        assertThat(second.testFromMs()).isEqualTo(first.testToMs());
        assertThat(second.testToMs()).isLessThanOrEqualTo(BacktestSpecLoader.parseTime("2025-08-14"));
        assertThat(first.holdbackFromMs() - first.trainFromMs()).isEqualTo(
                (first.testFromMs() - first.trainFromMs()) * 3 / 4);
        for (WalkForward.Fold f : a.perFold()) {
            assertThat(f.verdicts()).hasSize(1);
            if (!f.promoted()) {
                assertThat(f.tuner()).isEqualTo(f.fixed());
            }
        }
        assertThat(a.fixed().trades()).isEqualTo(first.fixed().trades() + second.fixed().trades());
        assertThat(table).contains("overall").contains("buy&hold");
        assertThat(WalkforwardCommand.html(a)).contains("<table>").contains("Champion / challenger");
    }
}
