package cascade.run;

import cascade.learn.ChampionChallenger;
import cascade.learn.LearnConfig;
import cascade.learn.OutcomeLabel;
import cascade.learn.Verdict;
import cascade.learn.WeightLearner;
import cascade.learn.WeightSet;
import cascade.report.BacktestResult;
import cascade.report.CurveMetrics;
import cascade.report.MetricsCalculator;
import cascade.report.Series;
import cascade.store.RunStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walk-forward evaluation of the weight tuner: the span of the spec's decisions is cut into {@code folds + 1}
 * equal blocks; fold k trains on blocks 0..k−1 (anchored) and tests on block k, out of sample. In training
 * the tuner learns as it goes from the profile's weights; the weights it had when the last quarter of the
 * training span began are the challenger, judged against the profile's (the champion) on that held-back
 * quarter ({@link ChampionChallenger}). The test block is then run three ways, each from a warm start on the
 * data before it: the profile's fixed weights, the learned weights at the end of training (frozen), and the
 * tuner's choice (the challenger if promoted, else the champion). Deterministic: every run is a backtest in
 * event time.
 */
public final class WalkForward {
    /** Out-of-sample figures of one weight set on one test block. */
    public record Score(double totalReturn, double sharpe, double maxDrawdown, int trades) {
        static Score of(BacktestResult r) {
            CurveMetrics m = MetricsCalculator.curve(r.equity(), r.periodsPerYear());
            return new Score(m.totalReturn(), m.sharpe(), m.maxDrawdown(), r.trades().size());
        }

        static Score ofCurve(Series curve, double periodsPerYear) {
            CurveMetrics m = MetricsCalculator.curve(curve, periodsPerYear);
            return new Score(m.totalReturn(), m.sharpe(), m.maxDrawdown(), 0);
        }
    }

    /** One fold: its spans, the verdicts on the held-back slice, and each weight set's test figures. */
    public record Fold(int index, long trainFromMs, long holdbackFromMs, long testFromMs, long testToMs,
            List<Verdict> verdicts, Score fixed, Score learned, Score tuner, Score buyAndHold, int labels,
            WeightSet learnedWeights, String trainRunId) {
        public boolean promoted() {
            return verdicts.stream().anyMatch(Verdict::promoted);
        }
    }

    /** All folds and the test blocks chained: overall fixed, learned, tuner and buy-and-hold. */
    public record Outcome(String spec, String strategy, int folds, List<Fold> perFold, Score fixed, Score learned,
            Score tuner, Score buyAndHold) {
    }

    private WalkForward() {
    }

    public static Outcome run(BacktestSpec spec, int folds, LearnConfig config, BacktestRunner.Options options)
            throws IOException {
        return run(spec, folds, config, options, null);
    }

    /**
     * @param store where each fold's training run is recorded with what it learned and the verdict on it
     *     (see {@code cascade weights --run}), or null for none; the test runs are never stored
     */
    public static Outcome run(BacktestSpec spec, int folds, LearnConfig config, BacktestRunner.Options options,
            RunStore store) throws IOException {
        BacktestRunner.Options training = new BacktestRunner.Options(options.policy(), store, options.progress(),
                options.codeVersion());
        if (folds < 1) {
            throw new IllegalArgumentException("--folds must be at least 1");
        }
        BacktestResult whole = BacktestRunner.run(spec, options);
        long t0 = whole.equity().time(0);
        long t1 = whole.equity().time(whole.equity().size() - 1) + 1;
        long block = (t1 - t0) / (folds + 1);
        if (block <= 0) {
            throw new IllegalArgumentException("the spec's data is too short for " + folds + " folds");
        }
        List<Fold> out = new ArrayList<>();
        List<BacktestResult> fixedRuns = new ArrayList<>();
        List<BacktestResult> learnedRuns = new ArrayList<>();
        List<BacktestResult> tunerRuns = new ArrayList<>();
        for (int k = 1; k <= folds; k++) {
            long testFrom = t0 + k * block;
            long testTo = k == folds ? t1 : testFrom + block;
            long holdback = t0 + (testFrom - t0) * 3 / 4;
            WeightLearner trainer = new WeightLearner(config, true, null);
            trainer.snapshotAt(holdback);
            BacktestResult trained = BacktestRunner.run(span(spec, t0, testFrom), training, trainer);
            WeightSet learnedWeights = trainer.currentWeights();
            WeightSet challenger = trainer.snapshot() == null ? new WeightSet() : trainer.snapshot();
            List<OutcomeLabel> labels = trainer.labels();
            List<Verdict> verdicts = ChampionChallenger.judge(labels, trainer.profileWeights(), challenger, holdback,
                    testFrom, trainer.overlaps(), config.minOutcomes(), ChampionChallenger.CRITICAL);
            if (store != null) {
                LearnedRecords.writeVerdicts(store, Long.parseLong(trained.runId()), verdicts);
            }
            WeightSet promoted = new WeightSet();
            for (Verdict v : verdicts) {
                if (v.promoted()) {
                    challenger.asMap().getOrDefault(v.mode(), java.util.Map.of())
                            .forEach((symbol, w) -> promoted.put(v.mode(), symbol, w));
                }
            }
            BacktestSpec test = span(spec, testFrom, testTo);
            BacktestResult fixed = BacktestRunner.run(test, options);
            BacktestResult learned = BacktestRunner.run(test, options,
                    new WeightLearner(config, false, learnedWeights));
            BacktestResult tuner = promoted.isEmpty() ? fixed
                    : BacktestRunner.run(test, options, new WeightLearner(config, false, promoted));
            fixedRuns.add(fixed);
            learnedRuns.add(learned);
            tunerRuns.add(tuner);
            out.add(new Fold(k, t0, holdback, testFrom, testTo, verdicts, Score.of(fixed), Score.of(learned),
                    Score.of(tuner), Score.ofCurve(fixed.buyAndHold(), fixed.periodsPerYear()), labels.size(),
                    learnedWeights, trained.runId()));
        }
        double periods = whole.periodsPerYear();
        return new Outcome(spec.name(), whole.strategyName(), folds, out, chained(fixedRuns, false, periods),
                chained(learnedRuns, false, periods), chained(tunerRuns, false, periods),
                chained(fixedRuns, true, periods));
    }

    private static BacktestSpec span(BacktestSpec s, long fromMs, long toMs) {
        return new BacktestSpec(s.name(), s.description(), s.data(), s.strategy(), fromMs, toMs,
                s.initialBalanceUsd(), s.venue(), s.clockStep(), s.sampleStep(), s.outDir(), s.sourceText(),
                s.simulation());
    }

    /** The test blocks' curves joined end to end (each rescaled to start where the previous ended). */
    private static Score chained(List<BacktestResult> runs, boolean buyAndHold, double periodsPerYear) {
        Series joined = new Series("chained");
        double scale = 1;
        int trades = 0;
        for (BacktestResult r : runs) {
            Series s = buyAndHold ? r.buyAndHold() : r.equity();
            if (s.size() == 0) {
                continue;
            }
            if (joined.size() > 0) {
                scale = joined.last() / s.value(0);
            }
            for (int i = 0; i < s.size(); i++) {
                if (joined.size() > 0 && s.time(i) <= joined.time(joined.size() - 1)) {
                    continue;
                }
                joined.add(s.time(i), s.value(i) * scale);
            }
            trades += buyAndHold ? 0 : r.trades().size();
        }
        CurveMetrics m = MetricsCalculator.curve(joined, periodsPerYear);
        return new Score(m.totalReturn(), m.sharpe(), m.maxDrawdown(), trades);
    }
}
