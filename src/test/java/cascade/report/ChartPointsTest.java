package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.junit.jupiter.api.Test;

class ChartPointsTest {
    @Test
    void shortSeriesKeepsEveryFinitePointAndDropsNaN() {
        ChartPoints points = ChartPoints.of(SampleRun.series("imbalance", 0.5, Double.NaN, 0.85, 0.15), 10);

        assertThat(points.values()).containsExactly(0.5, 0.85, 0.15);
        assertThat(points.times()).containsExactly(at(0), at(2), at(3));
    }

    @Test
    void longSeriesKeepsMinimumAndMaximumOfEachBucketInTimeOrder() {
        // 8 points, 4 allowed → 2 buckets:
        // [5, 1, 4, 9] keeps 1 (i=1) and 9 (i=3); [2, 3, 8, 7] keeps 2 (i=4) and 8 (i=6)
        ChartPoints points = ChartPoints.of(SampleRun.series("s", 5, 1, 4, 9, 2, 3, 8, 7), 4);

        assertThat(points.values()).containsExactly(1.0, 9.0, 2.0, 8.0);
        assertThat(points.times()).containsExactly(at(1), at(3), at(4), at(6));
    }

    @Test
    void aBucketWhoseMinimumComesAfterItsMaximumStaysInTimeOrder() {
        // buckets [9, 1] and [3, 4]: first keeps 9 (i=0) then 1 (i=1)
        ChartPoints points = ChartPoints.of(SampleRun.series("s", 9, 1, 3, 4, 4), 4);

        assertThat(points.values()).containsExactly(9.0, 1.0, 3.0, 4.0);
    }

    private static Date at(int sample) {
        return new Date(SampleRun.T0 + sample * SampleRun.PERIOD_MS);
    }
}
