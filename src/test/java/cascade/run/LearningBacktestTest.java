package cascade.run;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.feed.BadLinePolicy;
import cascade.learn.LearnConfig;
import cascade.learn.OutcomeLabel;
import cascade.learn.WeightChange;
import cascade.learn.WeightLearner;
import cascade.model.Trade;
import cascade.report.BacktestResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tuner inside a real backtest (the signal suite over the development year, 4 h bars, horizon 6 bars):
 * labels made by the engine's own prices at the right time, weights applied on the decision thread,
 * byte-identical runs, and no effect at all when it only watches.
 */
class LearningBacktestTest {
    private static final long BAR = 4 * 3_600_000L;
    private static final BacktestRunner.Options OPTIONS = new BacktestRunner.Options(BadLinePolicy.FAIL, null, null,
            "test");

    private static BacktestSpec spec() {
        return BacktestSpecLoader.load(Path.of("backtests/liquidation-suite.yml"));
    }

    private static String csv(List<Trade> trades) {
        StringBuilder b = new StringBuilder();
        trades.forEach(t -> b.append(t.toCsv()).append('\n'));
        return b.toString();
    }

    @Test
    void learningIsDeterministicAndWatchingChangesNothing() throws IOException {
        BacktestResult fixed = BacktestRunner.run(spec(), OPTIONS);
        WeightLearner watcher = new WeightLearner(LearnConfig.DEFAULT, false, null);
        BacktestResult watched = BacktestRunner.run(spec(), OPTIONS, watcher);
        assertThat(csv(watched.trades())).isEqualTo(csv(fixed.trades()));
        assertThat(watcher.history()).isEmpty();

        WeightLearner a = new WeightLearner(LearnConfig.DEFAULT, true, null);
        WeightLearner b = new WeightLearner(LearnConfig.DEFAULT, true, null);
        BacktestResult ra = BacktestRunner.run(spec(), OPTIONS, a);
        BacktestResult rb = BacktestRunner.run(spec(), OPTIONS, b);
        assertThat(csv(ra.trades())).isEqualTo(csv(rb.trades()));
        assertThat(csv(ra.trades())).isNotEqualTo(csv(fixed.trades()));
        assertThat(a.history()).hasSameSizeAs(b.history());
        WeightChange last = a.history().get(a.history().size() - 1);
        assertThat(a.currentWeights().get("bar", "BTCUSDT")).containsExactly(last.weights());
        assertThat(b.currentWeights().get("bar", "BTCUSDT")).containsExactly(last.weights());
        System.out.printf("fixed %d trades, learning %d trades, %d labels, %d weight changes, first at outcome %d%n",
                fixed.trades().size(), ra.trades().size(), a.labels().size(), a.history().size(),
                a.history().get(0).outcomes());
        assertThat(a.history().get(0).outcomes()).isEqualTo(LearnConfig.DEFAULT.minOutcomes());
        double sum = 0;
        for (double w : last.weights()) {
            sum += w;
            assertThat(w).isGreaterThanOrEqualTo(LearnConfig.DEFAULT.floor() * 3 - 1e-9);
        }
        assertThat(sum).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void labelsUseThePriceTheEngineSawSixBarsLaterAndNoLater() throws IOException {
        WeightLearner watcher = new WeightLearner(LearnConfig.DEFAULT, false, null);
        BacktestRunner.run(spec(), OPTIONS, watcher);
        List<OutcomeLabel> labels = watcher.labels();
        Map<Long, Double> priceAt = new HashMap<>();
        for (OutcomeLabel l : labels) {
            priceAt.put(l.decisionTimeMs(), l.entryPrice());
        }
        int checked = 0;
        for (OutcomeLabel l : labels) {
            assertThat(l.labelTimeMs() - l.decisionTimeMs()).isEqualTo(6 * BAR);
            Double seen = priceAt.get(l.labelTimeMs());
            if (seen != null) {
                assertThat(l.exitPrice()).isEqualTo(seen);
                checked++;
            }
        }
        System.out.printf("%d labels, %d pending at the end, %d exit prices checked%n", labels.size(),
                watcher.labeler().pendingCount(), checked);
        assertThat(watcher.labeler().pendingCount()).isEqualTo(6);
        // the last six labels were made at decisions that are still pending themselves
        assertThat(checked).isEqualTo(labels.size() - 6).isEqualTo(2183);
    }
}
