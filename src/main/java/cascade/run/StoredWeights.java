package cascade.run;

import cascade.learn.WeightSet;
import cascade.store.RunStore;
import cascade.store.WeightRecords;
import cascade.strategy.CardSpec;
import cascade.strategy.ModeProfile;
import cascade.strategy.StrategyProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The weights a stored run ended with, laid out for a profile's modes and cards (a backtest's start). */
public final class StoredWeights {
    private StoredWeights() {
    }

    /**
     * @throws IllegalArgumentException when the run has no learned weights, or they do not fit the profile
     *     (a mode or card the run did not learn)
     */
    public static WeightSet load(RunStore store, long runId, StrategyProfile profile) {
        List<WeightRecords.AccuracyRow> rows = new WeightRecords(store).accuracy(runId, null, null);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("run " + runId + " has no learned weights (run backtest --learn)");
        }
        Map<String, Map<String, Double>> byKey = new HashMap<>();
        for (WeightRecords.AccuracyRow r : rows) {
            byKey.computeIfAbsent(r.mode() + '\u0000' + r.symbol(), k -> new HashMap<>()).put(r.card(), r.weight());
        }
        WeightSet set = new WeightSet();
        for (WeightRecords.AccuracyRow r : rows) {
            if (set.get(r.mode(), r.symbol()) != null) {
                continue;
            }
            ModeProfile mode = profile.modes().stream().filter(m -> m.name().equals(r.mode())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("run " + runId + " learned mode '" + r.mode()
                            + "', which strategy '" + profile.name() + "' does not have"));
            Map<String, Double> cards = byKey.get(r.mode() + '\u0000' + r.symbol());
            if (cards.size() != mode.cards().size()) {
                throw new IllegalArgumentException("run " + runId + " learned " + cards.size() + " cards for mode '"
                        + mode.name() + "' (" + new java.util.TreeSet<>(cards.keySet()) + "); strategy '"
                        + profile.name() + "' has " + mode.cards().size());
            }
            double[] w = new double[mode.cards().size()];
            for (int i = 0; i < w.length; i++) {
                CardSpec spec = mode.cards().get(i);
                Double v = cards.get(spec.card().name());
                if (v == null) {
                    throw new IllegalArgumentException("run " + runId + " has no weight for card '"
                            + spec.card().name() + "' of mode '" + mode.name() + "'");
                }
                w[i] = v;
            }
            set.put(r.mode(), r.symbol(), w);
        }
        return set;
    }
}
