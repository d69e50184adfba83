package cascade.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decaying IC against a two-pass weighted Pearson correlation computed here from the same draws. */
class CardAccuracyTest {
    @Test
    void matchesTheWeightedCorrelationAndItsTStatistic() {
        Random rnd = new Random(11);
        int n = 500;
        double halfLife = 100;
        double[] x = new double[n];
        double[] y = new double[n];
        CardAccuracy acc = new CardAccuracy(halfLife);
        for (int i = 0; i < n; i++) {
            y[i] = rnd.nextGaussian() * 0.01;
            x[i] = Math.max(-1, Math.min(1, 30 * y[i] + rnd.nextGaussian() * 0.5));
            acc.add(x[i], y[i]);
        }
        double d = Math.pow(0.5, 1 / halfLife);
        double sw = 0;
        double sw2 = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            double w = Math.pow(d, n - 1 - i);
            sw += w;
            sw2 += w * w;
            mx += w * x[i];
            my += w * y[i];
        }
        mx /= sw;
        my /= sw;
        double cxy = 0;
        double cxx = 0;
        double cyy = 0;
        for (int i = 0; i < n; i++) {
            double w = Math.pow(d, n - 1 - i);
            cxy += w * (x[i] - mx) * (y[i] - my);
            cxx += w * (x[i] - mx) * (x[i] - mx);
            cyy += w * (y[i] - my) * (y[i] - my);
        }
        double ic = cxy / Math.sqrt(cxx * cyy);
        double nEff = sw * sw / sw2;
        System.out.printf("ic %.6f (two-pass %.6f) nEff %.2f t %.3f%n", acc.ic(), ic, acc.effectiveCount(),
                acc.tStat());
        assertEquals(500, acc.count());
        assertEquals(ic, acc.ic(), 1e-9);
        assertEquals(nEff, acc.effectiveCount(), 1e-9);
        assertEquals(ic * Math.sqrt((nEff - 2) / (1 - ic * ic)), acc.tStat(), 1e-6);
    }

    @Test
    void aCardThatNeverSpeaksHasNoCorrelation() {
        CardAccuracy acc = new CardAccuracy(50);
        for (int i = 0; i < 10; i++) {
            acc.add(0, i % 2 == 0 ? 0.01 : -0.01);
        }
        assertEquals(0, acc.ic());
        assertEquals(0, acc.tStat());
    }
}
