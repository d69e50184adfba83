package cascade.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.feed.BadLinePolicy;
import cascade.learn.CardStats;
import cascade.learn.LearnConfig;
import cascade.learn.WeightChange;
import cascade.learn.WeightLearner;
import cascade.learn.WeightSet;
import cascade.strategy.StrategyLoader;
import cascade.report.BacktestResult;
import cascade.store.RunStore;
import cascade.store.WeightRecords;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code backtest --learn} into the run store: weights, accuracy and history read back as learned. */
class LearnedRecordsTest {
    @Test
    void aLearningBacktestStoresItsWeightsAccuracyAndHistory() throws Exception {
        try (RunStore store = RunStore.inMemory("learned-records")) {
            WeightLearner learner = new WeightLearner(LearnConfig.DEFAULT, true, null);
            BacktestResult r = BacktestRunner.run(BacktestSpecLoader.load(Path.of("backtests/liquidation-suite.yml")),
                    new BacktestRunner.Options(BadLinePolicy.FAIL, store, null, "test"), learner);
            long run = Long.parseLong(r.runId());
            WeightRecords records = new WeightRecords(store);
            assertThat(records.latestRunWithWeights()).isEqualTo(run);

            List<WeightRecords.AccuracyRow> accuracy = records.accuracy(run, "BTCUSDT", "bar");
            assertThat(accuracy).hasSize(6);
            for (CardStats s : learner.stats()) {
                WeightRecords.AccuracyRow a = accuracy.stream().filter(x -> x.card().equals(s.card())).findFirst()
                        .orElseThrow();
                assertThat(a.weight()).isEqualTo(s.weight());
                assertThat(a.ic()).isEqualTo(s.ic());
                assertThat(a.samples()).isEqualTo(s.samples()).isEqualTo(2189);
            }
            List<WeightRecords.WeightRow> history = records.history(run, null, "bar");
            // 4 h bars: every change is at least an hour after the last, so all are kept, one row per card
            assertThat(history).hasSize(learner.history().size() * 6);
            WeightChange last = learner.history().get(learner.history().size() - 1);
            List<WeightRecords.WeightRow> lastRows = history.subList(history.size() - 6, history.size());
            assertThat(lastRows).allSatisfy(row -> assertThat(row.timeMs()).isEqualTo(last.timeMs()));
            assertThat(records.history(run, "ETHUSDT", null)).isEmpty();
            assertThat(records.verdicts(run, null)).isEmpty();
            System.out.printf("run %d: %d history rows, %d accuracy rows%n", run, history.size(), accuracy.size());

            // a later backtest can start from them: read back, they are the learner's final weights exactly
            BacktestSpec spec = BacktestSpecLoader.load(Path.of("backtests/liquidation-suite.yml"));
            WeightSet stored = StoredWeights.load(store, run, StrategyLoader.load(spec.strategy()));
            assertThat(stored.get("bar", "BTCUSDT")).containsExactly(learner.currentWeights().get("bar", "BTCUSDT"));
            BacktestRunner.Options none = new BacktestRunner.Options(BadLinePolicy.FAIL, null, null, "test");
            BacktestResult fromStore = BacktestRunner.run(spec, none, new WeightLearner(LearnConfig.DEFAULT, false,
                    stored));
            BacktestResult fromMemory = BacktestRunner.run(spec, none, new WeightLearner(LearnConfig.DEFAULT, false,
                    learner.currentWeights()));
            BacktestResult fixed = BacktestRunner.run(spec, none);
            assertThat(fromStore.trades()).isEqualTo(fromMemory.trades()).isNotEqualTo(fixed.trades());
            assertThatThrownBy(() -> StoredWeights.load(store, run,
                    StrategyLoader.load(Path.of("strategies/capitulation-4h.yml"))))
                    .hasMessageContaining("learned 6 cards for mode 'bar'");
            assertThatThrownBy(() -> StoredWeights.load(store, run + 1, StrategyLoader.load(spec.strategy())))
                    .hasMessageContaining("has no learned weights");
        }
    }
}
