package cascade.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The update rule on synthetic tapes (fixed seeds). Card 0 is predictive: it points the way of the next
 * return with probability {@code hit} at strength 0.6; card 1 is noise, uniform in [-1, 1]. One label an
 * hour (24 a day).
 */
class HedgeWeightsTest {
    private static final long HOUR = 3_600_000;
    private static final double EPS = 1e-9;

    private static final LearnConfig FREE = new LearnConfig(1.0, 0.005, 0.05, 0.95, 20, 1.0, 200);

    /** Feeds one outcome; {@code sign} = +1 predictive card 0, −1 card 0 predicts the wrong way. */
    private static void step(HedgeWeights h, Random rnd, int t, double hit, int sign) {
        double r = rnd.nextGaussian() * 0.01;
        double pointing = rnd.nextDouble() < hit ? Math.signum(r) : -Math.signum(r);
        double[] x = {0.6 * pointing * sign, rnd.nextDouble() * 2 - 1};
        h.update(x, r, t * HOUR);
    }

    @Test
    void thePredictiveCardRisesAndTheNoiseCardFallsToTheFloor() {
        HedgeWeights h = new HedgeWeights(FREE, new double[] {1, 1});
        Random rnd = new Random(7);
        int floorAt = -1;
        for (int t = 0; t < 400; t++) {
            step(h, rnd, t, 0.7, 1);
            if (floorAt < 0 && Math.abs(h.shares()[1] - FREE.floor()) < EPS) {
                floorAt = t + 1;
            }
        }
        double[] s = h.shares();
        System.out.printf("noise card at the floor after %d outcomes; final shares %.4f %.4f%n", floorAt, s[0], s[1]);
        assertTrue(floorAt > 0 && floorAt <= 150, "noise card reaches the floor within 150 outcomes: " + floorAt);
        assertEquals(FREE.cap(), s[0], EPS, "the predictive card ends at the cap");
        assertEquals(FREE.floor(), s[1], EPS, "the noise card ends at the floor");
        assertArrayEquals(new double[] {1.9, 0.1}, h.weights(), EPS, "weights on the profile's scale (sum 2)");
    }

    @Test
    void aCardWhosePowerFlipsLosesWeightAndRecoversThroughTheFixedShare() {
        int[] withShare = flipTape(new LearnConfig(1.0, 0.005, 0.05, 0.9, 20, 1.0, 200));
        int[] without = flipTape(new LearnConfig(1.0, 0, 0.05, 0.9, 20, 1.0, 200));
        System.out.printf("fixed share 0.005: floor %d outcomes after the flip, above 0.6 again %d after the flip back; "
                + "no fixed share: %d and %d%n", withShare[0], withShare[1], without[0], without[1]);
        assertTrue(withShare[0] > 0 && withShare[0] <= 150, "falls to the floor within 150 outcomes of the flip");
        assertTrue(withShare[1] > 0 && withShare[1] <= 150, "above 0.6 again within 150 outcomes of the flip back");
        assertTrue(without[1] < 0 || without[1] > withShare[1],
                "without the fixed share the written-off card takes longer to come back (or never within 400)");
    }

    /**
     * Three cards (card 0 flips, cards 1 and 2 noise): 400 predictive, 400 anti-predictive, 400 predictive
     * again. Returns the outcomes after the flip to the floor and after the flip back to a share above 0.6.
     */
    private static int[] flipTape(LearnConfig config) {
        HedgeWeights h = new HedgeWeights(config, new double[] {1, 1, 1});
        Random rnd = new Random(21);
        int t = 0;
        for (; t < 400; t++) {
            step3(h, rnd, t, 1);
        }
        double earned = h.shares()[0];
        System.out.printf("first phase: share %.4f%n", earned);
        assertTrue(earned > 0.6, "first phase: the card earns most of the weight");
        int floorAt = -1;
        for (int k = 0; k < 400; k++, t++) {
            step3(h, rnd, t, -1);
            if (floorAt < 0 && Math.abs(h.shares()[0] - config.floor()) < EPS) {
                floorAt = k + 1;
            }
        }
        int capAt = -1;
        for (int k = 0; k < 400; k++, t++) {
            step3(h, rnd, t, 1);
            if (capAt < 0 && h.shares()[0] > 0.6) {
                capAt = k + 1;
            }
        }
        return new int[] {floorAt, capAt};
    }

    private static void step3(HedgeWeights h, Random rnd, int t, int sign) {
        double r = rnd.nextGaussian() * 0.01;
        double pointing = rnd.nextDouble() < 0.7 ? Math.signum(r) : -Math.signum(r);
        h.update(new double[] {0.6 * pointing * sign, rnd.nextDouble() * 2 - 1, rnd.nextDouble() * 2 - 1}, r,
                t * HOUR);
    }

    @Test
    void boundsMinimumSampleAndDailyLimitHold() {
        LearnConfig c = new LearnConfig(1.0, 0.005, 0.05, 0.5, 30, 0.04, 200);
        double[] profile = {1, 0.5, 0.5, 0.5};
        HedgeWeights h = new HedgeWeights(c, profile);
        double[] champion = h.championShares();
        assertArrayEquals(new double[] {0.4, 0.2, 0.2, 0.2}, champion, EPS);
        Random rnd = new Random(3);
        double[] dayStart = champion.clone();
        long day = -1;
        double moved = 0;
        for (int t = 0; t < 24 * 60; t++) {
            double r = rnd.nextGaussian() * 0.01;
            double[] x = {0.8 * Math.signum(r), rnd.nextDouble() * 2 - 1, -0.5 * Math.signum(r),
                rnd.nextDouble() - 0.5};
            double[] before = h.shares();
            long today = Math.floorDiv(t * HOUR, 86_400_000L);
            if (today != day) {
                day = today;
                dayStart = before;
            }
            h.update(x, r, t * HOUR);
            double[] s = h.shares();
            if (t + 1 < c.minOutcomes()) {
                assertArrayEquals(champion, s, 0, "no change before " + c.minOutcomes() + " outcomes");
                continue;
            }
            double sum = 0;
            for (int i = 0; i < s.length; i++) {
                sum += s[i];
                assertTrue(s[i] >= c.floor() - EPS, "floor at outcome " + t);
                assertTrue(s[i] <= c.cap() + EPS, "cap at outcome " + t);
                assertTrue(Math.abs(s[i] - dayStart[i]) <= c.maxChangePerDay() + EPS, "day limit at outcome " + t);
                moved = Math.max(moved, Math.abs(s[i] - dayStart[i]));
            }
            assertEquals(1, sum, EPS);
        }
        double[] s = h.shares();
        System.out.printf("after 60 days: %.4f %.4f %.4f %.4f; largest move within a day %.4f%n", s[0], s[1], s[2],
                s[3], moved);
        assertEquals(c.maxChangePerDay(), moved, EPS, "the day limit binds (it is what slows the change)");
        assertTrue(s[0] > 0.45 && s[0] > s[1] && s[0] > s[3], "the predictive card leads, near its cap 0.5");
        assertEquals(c.floor(), s[2], EPS, "the wrong-way card sits at the floor");
    }

    @Test
    void aProfileCardAboveTheCapKeepsItsShareAsItsCap() {
        HedgeWeights h = new HedgeWeights(new LearnConfig(1.0, 0.005, 0.05, 0.5, 1, 1.0, 200), new double[] {0, 1});
        for (int t = 0; t < 50; t++) {
            h.update(new double[] {0, (t % 2 == 0 ? 1 : -1) * 0.5}, t % 2 == 0 ? 0.01 : -0.01, t * HOUR);
        }
        assertEquals(0.95, h.shares()[1], EPS, "a predictive profile card at share 1 may keep all but the floor");
        assertEquals(0.05, h.shares()[0], EPS);
    }

    @Test
    void projectionIsExactOnTheBox() {
        double[] p = HedgeWeights.project(new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.1, 0.1},
                new double[] {0.5, 0.5, 0.5});
        assertArrayEquals(new double[] {0.5, 1 / 3.0, 1 / 6.0}, p, 1e-12);
    }
}
