package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReturnStatisticsTest {
    private static final double EPS = 1e-12;

    @Test
    void periodReturnsAreSimpleReturnsBetweenNeighbours() {
        // 110/100 − 1 = 0.1; 99/110 − 1 = −0.1; 121/99 − 1 = 22/99 = 2/9
        assertThat(ReturnStatistics.periodReturns(new double[] {100, 110, 99, 121}))
                .containsExactly(new double[] {0.1, -0.1, 2.0 / 9}, within(EPS));
    }

    @Test
    void aStepFromAnEmptyAccountCountsAsNoReturn() {
        assertThat(ReturnStatistics.periodReturns(new double[] {100, 0, 0, 50}))
                .containsExactly(new double[] {-1, 0, 0}, within(EPS));
    }

    @Test
    void drawdownsAreMeasuredFromTheRunningPeak() {
        // peak 100, 110, 110, 121: (110−99)/110 = 0.1
        assertThat(ReturnStatistics.drawdowns(new double[] {100, 110, 99, 121}))
                .containsExactly(new double[] {0, 0, 0.1, 0}, within(EPS));
        assertThat(ReturnStatistics.maxDrawdown(new double[] {100, 110, 99, 121})).isCloseTo(0.1, within(EPS));
        assertThat(ReturnStatistics.maxDrawdown(new double[] {1, 2, 3})).isEqualTo(0.0);
    }

    @Test
    void cagrCompoundsOverTheElapsedShareOfA365DayYear() {
        long halfYear = SampleRun.YEAR_MS / 2;
        // 1.21^(1 / 0.5) − 1 = 1.4641 − 1 = 0.4641
        assertThat(ReturnStatistics.annualised(0.21, halfYear)).isCloseTo(0.4641, within(EPS));
        assertThat(ReturnStatistics.annualised(0.21, SampleRun.YEAR_MS)).isCloseTo(0.21, within(EPS));
        assertThat(ReturnStatistics.annualised(-1, halfYear)).isEqualTo(-1.0);
        assertThat(ReturnStatistics.annualised(0.21, 0)).isNaN();
    }

    @Test
    void ratiosWithoutVariationOrDownsideAreUndefined() {
        double[] flat = {0.01, 0.01, 0.01};
        assertThat(ReturnStatistics.sharpe(flat, 9)).isNaN();
        assertThat(ReturnStatistics.sortino(flat, 9)).isNaN();
        assertThat(ReturnStatistics.sharpe(new double[] {0.1}, 9)).isNaN();
        assertThat(ReturnStatistics.calmar(0.2, 0)).isNaN();
    }
}
