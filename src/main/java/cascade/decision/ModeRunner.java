package cascade.decision;

import cascade.model.ReadingRecord;

import cascade.signal.FlipCard;
import cascade.signal.FlipState;
import cascade.signal.Reading;
import cascade.signal.Window;
import cascade.state.SymbolState;
import cascade.strategy.CardSpec;
import cascade.strategy.ModeProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one decision mode: knows when its cycle is due and evaluates its cards over its windows for a
 * symbol into a {@link Signal}. Readings live in preallocated slots per symbol, card and window.
 * <p>
 * Composite bias = Σ weight·score·confidence / Σ weight over every (card, window) pair; confidence is the
 * weighted mean confidence times the agreement: the weighted share of the directional readings that point
 * the composite's way (all agreeing keeps it whole, a split lowers it, and with it size and stop width). A card whose windows point in opposite directions marks the symbol conflicted.
 * A flip card seeing deceleration sets the signal's exit warning; the mode's funding gate, if any, blocks
 * entries on the side that pays extreme funding.
 */
public final class ModeRunner {
    private final ModeProfile profile;
    private final Window[] windows;
    private final long cycleMs;
    private final long maxHoldMs;
    private final List<Reading[][]> readingsBySymbol = new ArrayList<>();
    private final double[] profileWeights;
    private final List<double[]> weightsBySymbol = new ArrayList<>();
    private final Signal signal = new Signal();
    private final List<Integer> directions = new ArrayList<>();
    private final FundingGate fundingGate;

    /**
     * @param barMs bar length of the data (0 for event data); resolves "bar" spans
     */
    public ModeRunner(ModeProfile profile, long barMs) {
        this.profile = profile;
        this.windows = profile.windows().stream().map(s -> new Window(s.text(), s.resolve(barMs)))
                .toArray(Window[]::new);
        this.cycleMs = profile.cycle().resolve(barMs);
        this.maxHoldMs = profile.exit().maxHold().resolve(barMs);
        this.fundingGate = profile.fundingGate() == null ? null : new FundingGate(profile.fundingGate());
        this.profileWeights = profile.cards().stream().mapToDouble(CardSpec::weight).toArray();
    }

    /** The profile's fixed weight per card (the champion), in card order; a copy. */
    public double[] profileWeights() {
        return profileWeights.clone();
    }

    /**
     * The weights a symbol's evaluations use, per card in the profile's order: the profile's unless a
     * learner set others. The live array: change it only on the decision thread, through {@link #setWeights}.
     */
    public double[] weights(int instrument) {
        while (weightsBySymbol.size() <= instrument) {
            weightsBySymbol.add(profileWeights.clone());
        }
        return weightsBySymbol.get(instrument);
    }

    /** Sets the card weights for one symbol's next evaluations (decision thread only). */
    public void setWeights(int instrument, double[] weights) {
        if (weights.length != profileWeights.length) {
            throw new IllegalArgumentException("mode '" + name() + "' has " + profileWeights.length
                    + " cards, got " + weights.length + " weights");
        }
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("card weights must be finite and ≥ 0, got " + w);
            }
        }
        System.arraycopy(weights, 0, weights(instrument), 0, weights.length);
    }

    public ModeProfile profile() {
        return profile;
    }

    public String name() {
        return profile.name();
    }

    public long cycleMs() {
        return cycleMs;
    }

    public long maxHoldMs() {
        return maxHoldMs;
    }

    public Window[] windows() {
        return windows;
    }

    /** Bar modes decide at each bar close; timed modes when event time reaches a multiple of the cycle. */
    public boolean dueAtClock(long timeMs) {
        return !profile.isBarCycle() && timeMs % cycleMs == 0;
    }

    public boolean dueAtBar() {
        return profile.isBarCycle();
    }

    /** The readings of the last evaluation for a symbol: [card][window]. */
    public Reading[][] readings(int instrument) {
        while (readingsBySymbol.size() <= instrument) {
            Reading[][] r = new Reading[profile.cards().size()][windows.length];
            for (Reading[] row : r) {
                for (int w = 0; w < row.length; w++) {
                    row[w] = new Reading();
                }
            }
            readingsBySymbol.add(r);
        }
        return readingsBySymbol.get(instrument);
    }

    /** Evaluates every card over every window; the returned signal is reused by the next call. */
    public Signal evaluate(SymbolState s, long nowMs) {
        Reading[][] r = readings(s.instrument.id());
        double weighted = 0;
        double confidence = 0;
        double weights = 0;
        double lead = 0;
        double upWeight = 0;
        double downWeight = 0;
        boolean conflicted = false;
        signal.leadingCard = "";
        signal.deceleration = 0;
        signal.entryBlocked = null;
        List<CardSpec> cards = profile.cards();
        double[] weight = weights(s.instrument.id());
        for (int c = 0; c < cards.size(); c++) {
            CardSpec spec = cards.get(c);
            double cardWeight = weight[c];
            boolean up = false;
            boolean down = false;
            double cardContribution = 0;
            for (int w = 0; w < windows.length; w++) {
                Reading reading = r[c][w];
                spec.card().evaluate(s, nowMs, windows[w], reading);
                double contribution = cardWeight * reading.score * reading.confidence;
                cardContribution += contribution;
                weighted += contribution;
                confidence += cardWeight * reading.confidence;
                weights += cardWeight;
                if (spec.card() instanceof FlipCard && FlipState.of(reading).isExitWarning()) {
                    signal.deceleration = FlipState.of(reading).direction();
                }
                if (cardWeight > 0 && reading.hasData()) {
                    up |= reading.score > 0;
                    down |= reading.score < 0;
                    upWeight += reading.score > 0 ? cardWeight : 0;
                    downWeight += reading.score < 0 ? cardWeight : 0;
                }
            }
            conflicted |= up && down;
            if (Math.abs(cardContribution) > lead) {
                lead = Math.abs(cardContribution);
                signal.leadingCard = spec.card().name();
            }
        }
        signal.composite = weights > 0 ? weighted / weights : 0;
        double agreeing = signal.composite > 0 ? upWeight : signal.composite < 0 ? downWeight : 0;
        signal.agreement = upWeight + downWeight > 0 ? agreeing / (upWeight + downWeight) : 1;
        signal.confidence = weights > 0 ? confidence / weights * signal.agreement : 0;
        signal.conflicted = conflicted;
        int dir = signal.direction(profile.entryThreshold());
        int previous = lastDirection(s.instrument.id(), dir);
        signal.fresh = dir != 0 && dir != previous;
        if (fundingGate != null) {
            if (dir != 0) {
                FundingVerdict verdict = fundingGate.check(s, nowMs, dir);
                signal.entryBlocked = verdict.allowed() ? null : verdict.reason();
            }
        }
        return signal;
    }

    /** Remembers this cycle's direction for a symbol and returns the previous one. */
    private int lastDirection(int instrument, int now) {
        while (directions.size() <= instrument) {
            directions.add(0);
        }
        return directions.set(instrument, now);
    }

    /** Copies the last evaluation's readings for the store, with each one's weight and contribution. */
    public List<ReadingRecord> snapshot(int instrument) {
        Reading[][] r = readings(instrument);
        List<CardSpec> cards = profile.cards();
        double[] weight = weights(instrument);
        double weights = 0;
        for (int c = 0; c < cards.size(); c++) {
            weights += weight[c] * windows.length;
        }
        List<ReadingRecord> out = new ArrayList<>(cards.size() * windows.length);
        for (int c = 0; c < cards.size(); c++) {
            CardSpec spec = cards.get(c);
            for (int w = 0; w < windows.length; w++) {
                Reading x = r[c][w];
                double contribution = weights > 0 ? weight[c] * x.score * x.confidence / weights : 0;
                out.add(new ReadingRecord(spec.card().name(), windows[w].name(), x.score, x.strength, x.confidence,
                        x.value, weight[c], contribution, x.note));
            }
        }
        return out;
    }
}
