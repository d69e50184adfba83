package cascade.learn;

import cascade.model.Decision;
import cascade.model.ReadingRecord;
import cascade.model.Trade;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prequential outcome labels. Every decision (traded or not) waits in its symbol and mode's queue; the
 * first later cycle of the same symbol and mode at or after {@code decision time + horizon} labels it with
 * the forward return from the decision's price to that cycle's price. Labels are made only from prices the
 * engine has already seen at that cycle, in event time: none exists before its horizon has passed, and no
 * price after its label time enters it. Traded decisions also get their realised net result (fees and
 * funding included) from the trade that names them as its entry decision.
 */
public final class OutcomeLabeler {
    private final Map<String, ArrayDeque<Pending>> pending = new HashMap<>();
    private final Map<Long, Double> realised = new HashMap<>();
    private final List<OutcomeLabel> labels = new ArrayList<>();
    private final Consumer<OutcomeLabel> sink;

    private record Pending(Decision decision, double price, double[] signals) {
    }

    /** @param sink told each label as it is made, in event-time order */
    public OutcomeLabeler(Consumer<OutcomeLabel> sink) {
        this.sink = sink;
    }

    /**
     * A cycle of a symbol and mode: first labels the waiting decisions whose horizon has passed, then queues
     * this one.
     *
     * @param horizonMs the mode's outcome horizon (bars already resolved to their length)
     * @param cards the mode's number of cards (readings come card by card, each over every window)
     */
    public void onCycle(Decision decision, double price, long horizonMs, int cards) {
        String key = decision.mode() + '\u0000' + decision.symbol();
        ArrayDeque<Pending> queue = pending.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (!(price > 0)) {
            return;
        }
        while (!queue.isEmpty() && queue.peekFirst().decision.timeMs() + horizonMs <= decision.timeMs()) {
            Pending p = queue.pollFirst();
            OutcomeLabel label = new OutcomeLabel(p.decision.id(), p.decision.symbol(), p.decision.mode(),
                    p.decision.timeMs(), decision.timeMs(), p.price, price, price / p.price - 1, p.signals,
                    p.decision.action());
            labels.add(label);
            sink.accept(label);
        }
        queue.addLast(new Pending(decision, price, cardSignals(decision.readings(), cards)));
    }

    /** A closed trade: its net result belongs to the decision that opened it. */
    public void onTrade(Trade trade) {
        if (trade.entryDecision() != 0) {
            realised.merge(trade.entryDecision(), trade.netPnlUsd(), Double::sum);
        }
    }

    /** The realised net result (USD) of the trades a decision opened, NaN when it opened none (yet). */
    public double realisedNetUsd(long decisionId) {
        Double v = realised.get(decisionId);
        return v == null ? Double.NaN : v;
    }

    /** Every label made so far, in the order they were made. */
    public List<OutcomeLabel> labels() {
        return labels;
    }

    /** Decisions still waiting for their horizon. */
    public int pendingCount() {
        int n = 0;
        for (ArrayDeque<Pending> q : pending.values()) {
            n += q.size();
        }
        return n;
    }

    /** Score × confidence per card, averaged over the mode's windows (the readings are card-major). */
    static double[] cardSignals(List<ReadingRecord> readings, int cards) {
        double[] x = new double[cards];
        if (cards == 0 || readings.isEmpty()) {
            return x;
        }
        int windows = readings.size() / cards;
        for (int c = 0; c < cards; c++) {
            double sum = 0;
            for (int w = 0; w < windows; w++) {
                ReadingRecord r = readings.get(c * windows + w);
                sum += r.score() * r.confidence();
            }
            x[c] = sum / windows;
        }
        return x;
    }
}
