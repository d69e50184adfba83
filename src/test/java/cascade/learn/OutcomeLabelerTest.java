package cascade.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cascade.model.Action;
import cascade.model.Decision;
import cascade.model.ReadingRecord;
import cascade.model.Trade;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prequential labels on a hand-made tape: one decision a minute, a 5-minute horizon, price 100 for the first
 * five minutes and a jump to 150 at minute 6. A labeler that peeked past the horizon would give the
 * minute-0 decision +50 % instead of 0, or would label it before minute 5.
 */
class OutcomeLabelerTest {
    private static final long MIN = 60_000;

    private static Decision decision(long id, long timeMs, double score) {
        List<ReadingRecord> r = List.of(
                new ReadingRecord("a", "1m", score, 1, 0.5, 0, 1, 0, ""),
                new ReadingRecord("a", "5m", score, 1, 1.0, 0, 1, 0, ""),
                new ReadingRecord("b", "1m", -score, 1, 1, 0, 1, 0, ""),
                new ReadingRecord("b", "5m", 0, 0, 0, 0, 1, 0, ""));
        return new Decision(id, timeMs, "BTCUSDT", "scalp", id == 3 ? Action.ENTER_LONG : Action.HOLD, 0, 0, "", r);
    }

    @Test
    void aLabelAppearsOnlyAtItsHorizonAndUsesNoLaterPrice() {
        List<OutcomeLabel> made = new ArrayList<>();
        List<Long> madeAt = new ArrayList<>();
        long[] now = new long[1];
        OutcomeLabeler labeler = new OutcomeLabeler(l -> {
            made.add(l);
            madeAt.add(now[0]);
        });
        double[] prices = {100, 100, 100, 100, 100, 100, 150, 150, 150, 150, 150, 150, 150};
        for (int m = 0; m < prices.length; m++) {
            now[0] = m * MIN;
            labeler.onCycle(decision(m + 1, m * MIN, 0.4), prices[m], 5 * MIN, 2);
            if (m < 5) {
                assertEquals(0, made.size(), "no label before the first horizon has passed, minute " + m);
            }
        }
        // decisions at minutes 0..7 are labelled (their horizon 5..12 passed); 8..12 still wait
        assertEquals(8, made.size());
        assertEquals(5, labeler.pendingCount());
        for (int i = 0; i < made.size(); i++) {
            OutcomeLabel l = made.get(i);
            assertEquals(i * MIN, l.decisionTimeMs());
            assertEquals((i + 5) * MIN, l.labelTimeMs(), "labelled at the first cycle at decision + horizon");
            assertEquals(l.labelTimeMs(), (long) madeAt.get(i), "made when event time reached it, not before");
        }
        assertEquals(0.0, made.get(0).forwardReturn(), 0, "minute 0 → 5: the jump at 6 must not leak in");
        assertEquals(0.5, made.get(1).forwardReturn(), 1e-15, "minute 1 → 6 sees the jump");
        assertEquals(0.0, made.get(6).forwardReturn(), 0, "minute 6 → 11: after the jump, flat");
        // card signals: mean over windows of score × confidence
        assertEquals((0.4 * 0.5 + 0.4 * 1.0) / 2, made.get(0).cardSignals()[0], 1e-15);
        assertEquals(-0.4 / 2, made.get(0).cardSignals()[1], 1e-15);
        System.out.printf("labels %d pending %d r(0)=%.3f r(1)=%.3f%n", made.size(), labeler.pendingCount(),
                made.get(0).forwardReturn(), made.get(1).forwardReturn());
    }

    @Test
    void gapsLabelAtTheFirstCycleAfterTheHorizon() {
        List<OutcomeLabel> made = new ArrayList<>();
        OutcomeLabeler labeler = new OutcomeLabeler(made::add);
        labeler.onCycle(decision(1, 0, 1), 100, 5 * MIN, 2);
        labeler.onCycle(decision(2, 4 * MIN, 1), 200, 5 * MIN, 2);
        assertTrue(made.isEmpty());
        labeler.onCycle(decision(3, 9 * MIN, 1), 110, 5 * MIN, 2);
        assertEquals(2, made.size(), "both horizons (5 and 9 min) have passed at minute 9");
        assertEquals(0.1, made.get(0).forwardReturn(), 1e-12);
        assertEquals(110 / 200.0 - 1, made.get(1).forwardReturn(), 1e-12);
    }

    @Test
    void tradedDecisionsGetTheirRealisedNetResultByDecisionId() {
        OutcomeLabeler labeler = new OutcomeLabeler(l -> { });
        labeler.onCycle(decision(3, 0, 1), 100, MIN, 2);
        labeler.onTrade(new Trade("BTCUSDT", "scalp", 1, 0, 100, MIN, 101, 1, 1, 0.1, -0.02, 0.88, "a", "exit", 3,
                4));
        labeler.onTrade(new Trade("BTCUSDT", "scalp", 1, 0, 100, MIN, 99, 1, -1, 0.1, 0, -1.1, "a", "exit", 0, 0));
        assertEquals(0.88, labeler.realisedNetUsd(3), 1e-12);
        assertTrue(Double.isNaN(labeler.realisedNetUsd(4)), "the exit decision opened nothing");
    }
}
