package cascade.learn;

import cascade.decision.CycleLearner;
import cascade.decision.ModeRunner;
import cascade.model.Decision;
import cascade.model.RunObserver;
import cascade.model.Trade;
import cascade.strategy.CardSpec;
import cascade.strategy.ModeProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The self-learning weight tuner of a run. A consumer of decision-thread facts: {@code DecisionStage} tells
 * it every decision with its price, and as a {@link RunObserver} it sees the closed trades. It labels
 * outcomes prequentially ({@link OutcomeLabeler}), keeps each card's accuracy per symbol and mode
 * ({@link CardAccuracy}), and — when it adapts — runs the {@link HedgeWeights} rule and writes the result
 * into the mode's per-symbol weights, on the decision thread, so the next cycle uses them. Nothing here
 * reads a clock or iterates a hash order: the same tape gives the same weights.
 */
public final class WeightLearner implements CycleLearner, RunObserver {
    private final LearnConfig config;
    private final boolean adapt;
    private final WeightSet start;
    private final OutcomeLabeler labeler = new OutcomeLabeler(this::onLabel);
    private final Map<String, Tracked> tracked = new LinkedHashMap<>();
    private final Map<String, ModeRunner> modes = new HashMap<>();
    private final List<WeightChange> history = new ArrayList<>();
    private long snapshotAtMs = Long.MAX_VALUE;
    private WeightSet snapshot;

    private static final class Tracked {
        final ModeRunner mode;
        final int instrument;
        final String symbol;
        final HedgeWeights hedge;
        final CardAccuracy[] accuracy;

        Tracked(ModeRunner mode, int instrument, String symbol, HedgeWeights hedge, double halfLife) {
            this.mode = mode;
            this.instrument = instrument;
            this.symbol = symbol;
            this.hedge = hedge;
            this.accuracy = new CardAccuracy[mode.profile().cards().size()];
            for (int i = 0; i < accuracy.length; i++) {
                accuracy[i] = new CardAccuracy(halfLife);
            }
        }
    }

    /**
     * @param adapt change the weights as outcomes arrive ({@code backtest --learn}); false only labels and
     *     measures accuracy
     * @param start the weights each symbol and mode starts from, or null for the profile's
     */
    public WeightLearner(LearnConfig config, boolean adapt, WeightSet start) {
        this.config = config;
        this.adapt = adapt;
        this.start = start;
    }

    /** Copies the weights in force when event time first reaches {@code timeMs} (for a held-back slice). */
    public void snapshotAt(long timeMs) {
        this.snapshotAtMs = timeMs;
    }

    /** The weights copied at {@link #snapshotAt}, or null when event time never got there. */
    public WeightSet snapshot() {
        return snapshot;
    }

    @Override
    public void beforeCycle(ModeRunner mode, int instrument, String symbol) {
        String key = mode.name() + '\u0000' + symbol;
        if (!tracked.containsKey(key)) {
            ModeProfile profile = mode.profile();
            config.checkFits(profile.cards().size(), profile.name());
            double[] initial = start == null ? null : start.get(mode.name(), symbol);
            if (initial != null) {
                mode.setWeights(instrument, initial);
            }
            tracked.put(key, new Tracked(mode, instrument, symbol,
                    new HedgeWeights(config, initial != null ? initial : mode.profileWeights()), config.halfLife()));
            modes.put(mode.name(), mode);
        }
    }

    @Override
    public void onCycle(ModeRunner mode, int instrument, double price, Decision decision) {
        if (decision.timeMs() >= snapshotAtMs && snapshot == null) {
            snapshot = currentWeights();
        }
        labeler.onCycle(decision, price, horizonMs(mode), mode.profile().cards().size());
    }

    @Override
    public void onTrade(Trade trade) {
        labeler.onTrade(trade);
    }

    private void onLabel(OutcomeLabel label) {
        Tracked t = tracked.get(label.mode() + '\u0000' + label.symbol());
        double[] x = label.cardSignals();
        for (int i = 0; i < x.length; i++) {
            t.accuracy[i].add(x[i], label.forwardReturn());
        }
        if (adapt && t.hedge.update(x, label.forwardReturn(), label.labelTimeMs())) {
            double[] w = t.hedge.weights();
            t.mode.setWeights(t.instrument, w);
            history.add(new WeightChange(label.labelTimeMs(), label.symbol(), label.mode(), t.hedge.outcomes(), w));
        }
    }

    /** The mode's outcome horizon in ms: its {@code learn.horizon}, else its maxHold (bars × bar length). */
    public static long horizonMs(ModeRunner mode) {
        var h = mode.profile().outcomeHorizon();
        return h.isBars() ? h.bars() * mode.cycleMs() : h.ms();
    }

    /** The weights each symbol and mode uses now. */
    public WeightSet currentWeights() {
        WeightSet set = new WeightSet();
        for (Tracked t : tracked.values()) {
            set.put(t.mode.name(), t.symbol, t.mode.weights(t.instrument));
        }
        return set;
    }

    /** Every card's weight and accuracy, per symbol and mode, in the order they were first seen. */
    public List<CardStats> stats() {
        List<CardStats> out = new ArrayList<>();
        for (Tracked t : tracked.values()) {
            List<CardSpec> cards = t.mode.profile().cards();
            double[] w = t.mode.weights(t.instrument);
            for (int i = 0; i < cards.size(); i++) {
                CardAccuracy a = t.accuracy[i];
                out.add(new CardStats(t.symbol, t.mode.name(), cards.get(i).card().name(), cards.get(i).weight(),
                        w[i], a.count(), a.effectiveCount(), a.ic(), a.tStat()));
            }
        }
        return out;
    }

    public List<WeightChange> history() {
        return history;
    }

    public OutcomeLabeler labeler() {
        return labeler;
    }

    public List<OutcomeLabel> labels() {
        return labeler.labels();
    }

    /** The profile weights of every mode seen, by mode name. */
    public Map<String, double[]> profileWeights() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Tracked t : tracked.values()) {
            out.putIfAbsent(t.mode.name(), t.mode.profileWeights());
        }
        return out;
    }

    /** Per mode seen, how many later cycles of a symbol one outcome's horizon overlaps (horizon / cycle − 1). */
    public Map<String, Integer> overlaps() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Tracked t : tracked.values()) {
            out.putIfAbsent(t.mode.name(),
                    (int) Math.max(0, (horizonMs(t.mode) + t.mode.cycleMs() - 1) / t.mode.cycleMs() - 1));
        }
        return out;
    }

    /** The outcome horizon of each mode seen, by mode name (ms). */
    public Map<String, Long> horizons() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Tracked t : tracked.values()) {
            out.putIfAbsent(t.mode.name(), horizonMs(t.mode));
        }
        return out;
    }
}
