package cascade.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cascade.model.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Held-back slice of 300 labels (seed 5): card 0 points the way of the return 70 % of the time, card 1 is noise. */
class ChampionChallengerTest {
    private static List<OutcomeLabel> slice(int n) {
        Random rnd = new Random(5);
        List<OutcomeLabel> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double r = rnd.nextGaussian() * 0.01;
            double pointing = rnd.nextDouble() < 0.7 ? Math.signum(r) : -Math.signum(r);
            double[] x = {0.5 * pointing, rnd.nextDouble() * 2 - 1};
            out.add(new OutcomeLabel(i + 1, "BTCUSDT", "bar", i * 1000L, i * 1000L + 5000, 100, 100 * (1 + r), r, x,
                    Action.HOLD));
        }
        return out;
    }

    @Test
    void aChallengerThatLeansOnThePredictiveCardIsPromotedAndTheReverseRefused() {
        List<OutcomeLabel> labels = slice(300);
        Map<String, double[]> champion = Map.of("bar", new double[] {1, 1});
        WeightSet better = new WeightSet().put("bar", "BTCUSDT", new double[] {1.9, 0.1});
        WeightSet worse = new WeightSet().put("bar", "BTCUSDT", new double[] {0.1, 1.9});
        Verdict up = ChampionChallenger.judge(labels, champion, better, 0, Long.MAX_VALUE, Map.of("bar", 0), 30,
                ChampionChallenger.CRITICAL).get(0);
        Verdict down = ChampionChallenger.judge(labels, champion, worse, 0, Long.MAX_VALUE, Map.of("bar", 0), 30,
                ChampionChallenger.CRITICAL).get(0);
        System.out.println(up.why());
        System.out.println(down.why());
        assertEquals(300, up.outcomes());
        assertTrue(up.promoted(), up.why());
        assertFalse(down.promoted(), down.why());
        assertTrue(down.tStat() < 0);

        // lag 0: the statistic is the plain mean over its standard error
        double sum = 0;
        double[] d = new double[labels.size()];
        for (int i = 0; i < d.length; i++) {
            OutcomeLabel l = labels.get(i);
            d[i] = (ChampionChallenger.composite(new double[] {1.9, 0.1}, l.cardSignals())
                    - ChampionChallenger.composite(new double[] {1, 1}, l.cardSignals())) * l.forwardReturn();
            sum += d[i];
        }
        double mean = sum / d.length;
        double var = 0;
        for (double v : d) {
            var += (v - mean) * (v - mean);
        }
        var /= d.length;
        assertEquals(mean / Math.sqrt(var / d.length), up.tStat(), 1e-9);
    }

    @Test
    void tooFewOutcomesOrTheSameWeightsKeepTheChampion() {
        List<OutcomeLabel> labels = slice(300);
        Map<String, double[]> champion = Map.of("bar", new double[] {1, 1});
        WeightSet better = new WeightSet().put("bar", "BTCUSDT", new double[] {1.9, 0.1});
        Verdict few = ChampionChallenger.judge(labels, champion, better, 0, 20_000, Map.of("bar", 0), 30,
                ChampionChallenger.CRITICAL).get(0);
        assertEquals(20, few.outcomes(), "only decisions inside the slice count");
        assertFalse(few.promoted(), few.why());
        Verdict same = ChampionChallenger.judge(labels, champion, new WeightSet(), 0, Long.MAX_VALUE,
                Map.of("bar", 4), 30, ChampionChallenger.CRITICAL).get(0);
        assertEquals(0, same.tStat());
        assertFalse(same.promoted());
    }

    @Test
    void overlappingHorizonsWidenTheStandardError() {
        List<OutcomeLabel> labels = slice(300);
        Map<String, double[]> champion = Map.of("bar", new double[] {1, 1});
        WeightSet better = new WeightSet().put("bar", "BTCUSDT", new double[] {1.9, 0.1});
        List<Double> d = new ArrayList<>();
        for (OutcomeLabel l : labels) {
            d.add(1.0 * (l.decisionId() % 2 == 0 ? 1 : 0) + (l.decisionId() / 10 % 2));
        }
        double mean = d.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        assertTrue(ChampionChallenger.neweyWest(d, mean, 5) > ChampionChallenger.neweyWest(d, mean, 0),
                "positively autocorrelated differentials: the long-run variance exceeds the plain one");
        Verdict v = ChampionChallenger.judge(labels, champion, better, 0, Long.MAX_VALUE, Map.of("bar", 5), 30,
                ChampionChallenger.CRITICAL).get(0);
        assertTrue(v.why().contains("lag 5"), v.why());
    }
}
