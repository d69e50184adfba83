package cascade.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterScoreTest {
    private static final double[] LOWS = {90_000, 109_000};
    private static final double[] HIGHS = {91_000, 110_000};

    @Test
    void shareOfLiquidatedUsdInsideThePredictedRanges() {
        double[] prices = {90_500, 95_000, 109_999, 110_000};
        double[] usd = {600, 200, 150, 50}; // 110 000 sits on a range's edge: inside

        assertThat(ClusterScore.fractionInside(LOWS, HIGHS, prices, usd)).isEqualTo(0.8);
    }

    @Test
    void nothingLiquidatedIsNoScore() {
        assertThat(ClusterScore.fractionInside(LOWS, HIGHS, new double[0], new double[0])).isNaN();
        assertThat(ClusterScore.fractionInside(LOWS, HIGHS, new double[] {90_500}, new double[] {0})).isNaN();
    }

    @Test
    void noPredictedRangesCatchNothing() {
        double score = ClusterScore.fractionInside(new double[0], new double[0], new double[] {90_500},
                new double[] {100});

        assertThat(score).isZero();
    }

    @Test
    void widthFractionCountsOverlapsOnce() {
        double share = ClusterScore.widthFraction(new double[] {90_500, 90_000, 95_000},
                new double[] {92_000, 91_000, 95_500}, 100_000);

        assertThat(share).isCloseTo(0.025, within(1e-15)); // [90 000, 92 000] and [95 000, 95 500]
    }

    @Test
    void malformedInputIsRejected() {
        assertThatThrownBy(() -> ClusterScore.fractionInside(LOWS, new double[] {1}, new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterScore.fractionInside(LOWS, HIGHS, new double[] {1}, new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterScore.fractionInside(LOWS, HIGHS, new double[] {1}, new double[] {-1}))
                .hasMessage("liquidation 0 is not a finite price with USD >= 0");
        assertThatThrownBy(() -> ClusterScore.fractionInside(new double[] {2}, new double[] {1}, new double[0],
                new double[0])).hasMessage("cluster 0 must be a finite range with low <= high");
    }

    @Test
    void mapPredictionScoredAgainstTheNextHoursLiquidations() {
        LiquidationMap map = LiquidationMapTest.oneRiseAt100k(LiquidationMapTest.TWO_TIERS);
        ClusterRanges predicted = map.topClusters(2); // [90 350, 90 450] and [109 550, 109 650]
        // Synthetic truth for the next hour: a flush to 90 000 liquidates longs from 96 410 down to 90 420.
        double[] prices = {96_410, 93_000, 90_420};
        double[] usd = {200_000, 100_000, 700_000};

        assertThat(ClusterScore.fractionInside(predicted, prices, usd)).isCloseTo(0.7, within(1e-12));
        assertThat(ClusterScore.widthFraction(predicted.lows(), predicted.highs(), 100_000))
                .isCloseTo(0.002, within(1e-12));
    }
}
