package cascade.run;

import cascade.learn.CardStats;
import cascade.learn.Verdict;
import cascade.learn.WeightChange;
import cascade.learn.WeightLearner;
import cascade.store.RunStore;
import cascade.store.WeightRecords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores what a run's weight tuner learned: its weight history (at most one row set per symbol and mode per
 * hour of event time, and always the last), each card's accuracy, and its verdicts.
 */
public final class LearnedRecords {
    private static final long THIN_MS = 3_600_000L;

    private LearnedRecords() {
    }

    public static void write(RunStore store, long runId, WeightLearner learner, List<Verdict> verdicts) {
        List<CardStats> stats = learner.stats();
        Map<String, List<String>> cardsByMode = new HashMap<>();
        for (CardStats s : stats) {
            List<String> cards = cardsByMode.computeIfAbsent(s.mode() + '\u0000' + s.symbol(), k -> new ArrayList<>());
            cards.add(s.card());
        }
        List<WeightChange> changes = learner.history();
        Map<String, Integer> lastIndex = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            lastIndex.put(key(changes.get(i)), i);
        }
        Map<String, Long> lastStored = new HashMap<>();
        List<WeightRecords.WeightRow> rows = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            WeightChange c = changes.get(i);
            String key = key(c);
            Long before = lastStored.get(key);
            if (before != null && c.timeMs() - before < THIN_MS && lastIndex.get(key) != i) {
                continue;
            }
            lastStored.put(key, c.timeMs());
            List<String> cards = cardsByMode.get(key);
            for (int k = 0; k < c.weights().length; k++) {
                rows.add(new WeightRecords.WeightRow(c.timeMs(), c.symbol(), c.mode(), cards.get(k), c.weights()[k],
                        c.outcomes()));
            }
        }
        List<WeightRecords.AccuracyRow> accuracy = new ArrayList<>();
        for (CardStats s : stats) {
            accuracy.add(new WeightRecords.AccuracyRow(s.symbol(), s.mode(), s.card(), s.profileWeight(), s.weight(),
                    s.samples(), s.effectiveSamples(), s.ic(), s.tStat()));
        }
        List<WeightRecords.VerdictRow> verdictRows = new ArrayList<>();
        for (Verdict v : verdicts) {
            verdictRows.add(new WeightRecords.VerdictRow(v.mode(), v.fromMs(), v.toMs(), v.outcomes(), v.meanGain(),
                    v.tStat(), v.critical(), v.promoted(), v.why()));
        }
        new WeightRecords(store).write(runId, rows, accuracy, verdictRows);
    }

    /** Records champion/challenger verdicts against a stored run (the training run they judged). */
    public static void writeVerdicts(RunStore store, long runId, List<Verdict> verdicts) {
        List<WeightRecords.VerdictRow> rows = new ArrayList<>();
        for (Verdict v : verdicts) {
            rows.add(new WeightRecords.VerdictRow(v.mode(), v.fromMs(), v.toMs(), v.outcomes(), v.meanGain(),
                    v.tStat(), v.critical(), v.promoted(), v.why()));
        }
        new WeightRecords(store).write(runId, List.of(), List.of(), rows);
    }

    private static String key(WeightChange c) {
        return c.mode() + '\u0000' + c.symbol();
    }
}
