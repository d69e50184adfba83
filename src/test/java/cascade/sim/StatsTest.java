package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void percentilesInterpolateBetweenClosestRanks() {
        double[] v = {5, 1, 4, 2, 3};

        // sorted 1..5: position (n-1) p = 0.4, 2, 3.6
        assertThat(Stats.percentile(v, 0.1)).isCloseTo(1.4, within(1e-12));
        assertThat(Stats.median(v)).isEqualTo(3.0);
        assertThat(Stats.percentile(v, 0.9)).isCloseTo(4.6, within(1e-12));
        assertThat(Stats.mean(v)).isEqualTo(3.0);
        assertThat(Stats.max(v)).isEqualTo(5.0);
    }

    @Test
    void sharesCountStrictlyAboveOrBelow() {
        double[] ratios = {0.1, 0.2, 0.5, 0.8, 0.9};

        assertThat(Stats.shareAbove(ratios, 0.8)).isEqualTo(0.2);
        assertThat(Stats.shareBelow(ratios, 0.2)).isEqualTo(0.2);
    }

    @Test
    void pearsonCorrelationByHand() {
        // deviations (-1.5, -0.5, 0.5, 1.5) and (-1.5, 0.5, -0.5, 1.5): 4 / sqrt(5 * 5)
        assertThat(Stats.correlation(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4})).isCloseTo(0.8,
                within(1e-12));
        assertThat(Stats.correlation(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isCloseTo(-1.0,
                within(1e-12));
    }
}
