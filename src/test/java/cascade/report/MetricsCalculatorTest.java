package cascade.report;

import cascade.model.Trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {
    private static final double EPS = 1e-12;

    @Test
    void strategyCurveOverOneYear() {
        CurveMetrics m = MetricsCalculator.curve(SampleRun.series("equity", 100, 110, 99, 121), 9);

        assertThat(m.totalReturn()).isCloseTo(0.21, within(EPS));
        // exactly one 365-day year elapsed: CAGR = total return
        assertThat(m.annualisedReturn()).isCloseTo(0.21, within(EPS));
        // returns 1/10, −1/10, 2/9; mean = (2/9)/3 = 2/27
        // deviations 7/270, −47/270, 40/270; squares sum (49 + 2209 + 1600)/270² = 3858/270²
        // sample variance = 3858/270² / 2 = 1929/270², sd = √1929/270
        // Sharpe = (2/27)/(√1929/270) × √9 = 20/√1929 × 3 = 60/√1929 ≈ 1.366108
        assertThat(m.sharpe()).isCloseTo(60 / Math.sqrt(1929), within(EPS)).isCloseTo(1.366108, within(1e-6));
        // downside deviation = √((0 + 0.01 + 0)/3) = 0.1/√3
        // Sortino = (2/27)/(0.1/√3) × 3 = 20√3/9 ≈ 3.849002
        assertThat(m.sortino()).isCloseTo(20 * Math.sqrt(3) / 9, within(EPS)).isCloseTo(3.849002, within(1e-6));
        assertThat(m.maxDrawdown()).isCloseTo(0.1, within(EPS));
        // Calmar = 0.21 / 0.1
        assertThat(m.calmar()).isCloseTo(2.1, within(EPS));
    }

    @Test
    void buyAndHoldCurveOverTheSameSamples() {
        CurveMetrics m = MetricsCalculator.curve(SampleRun.series("bh", 100, 90, 108, 99), 9);

        assertThat(m.totalReturn()).isCloseTo(-0.01, within(EPS));
        assertThat(m.annualisedReturn()).isCloseTo(-0.01, within(EPS));
        // returns −1/10, 1/5, −1/12; mean = (1/60)/3 = 1/180
        // deviations −19/180, 35/180, −16/180; squares sum (361 + 1225 + 256)/180² = 1842/180²
        // sample variance 921/180², Sharpe = (1/180)/(√921/180) × 3 = 3/√921 ≈ 0.098853
        assertThat(m.sharpe()).isCloseTo(3 / Math.sqrt(921), within(EPS)).isCloseTo(0.098853, within(1e-6));
        // downside squares 1/100 + 1/144 = 244/14400; / 3 = 61/10800; dd = √(61/10800)
        // Sortino = (1/180)/√(61/10800) × 3 = √(10800/61)/60 = √(3/61) ≈ 0.221766
        assertThat(m.sortino()).isCloseTo(Math.sqrt(3.0 / 61), within(EPS)).isCloseTo(0.221766, within(1e-6));
        // 100 → 90 is deeper than 108 → 99 (1/12)
        assertThat(m.maxDrawdown()).isCloseTo(0.1, within(EPS));
        assertThat(m.calmar()).isCloseTo(-0.1, within(EPS));
    }

    @Test
    void tradeFiguresFromNetPnl() {
        TradeMetrics m = MetricsCalculator.trades(SampleRun.fourTrades());

        assertThat(m.trades()).isEqualTo(4);
        assertThat(m.winRate()).isEqualTo(0.5);
        // wins 30 + 20 = 50, losses 10 + 20 = 30
        assertThat(m.profitFactor()).isCloseTo(50.0 / 30, within(EPS));
        // (30 − 10 + 20 − 20) / 4
        assertThat(m.averageTradeUsd()).isCloseTo(5, within(EPS));
        // (30/200 − 10/50 + 20/100 − 20/100) / 4 = (0.15 − 0.2 + 0.2 − 0.2) / 4 = −0.0125
        assertThat(m.averageTradeReturn()).isCloseTo(-0.0125, within(EPS));
    }

    @Test
    void profitFactorWithoutLossesIsInfiniteAndPrintsNotAvailable() {
        List<Trade> winners = List.of(SampleRun.trade(1, 100, 1, 110, 10, 0, 0, 10, "a"),
                SampleRun.trade(-1, 100, 1, 95, 5, 0, 0, 5, "b"));

        TradeMetrics m = MetricsCalculator.trades(winners);

        assertThat(m.profitFactor()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(m.winRate()).isEqualTo(1.0);
        assertThat(ReportFormat.ratio(m.profitFactor())).isEqualTo("n/a");
    }

    @Test
    void noTradesLeavesTradeFiguresUndefined() {
        TradeMetrics m = MetricsCalculator.trades(List.of());

        assertThat(m.trades()).isZero();
        assertThat(m.winRate()).isNaN();
        assertThat(m.profitFactor()).isNaN();
        assertThat(m.averageTradeUsd()).isNaN();
        assertThat(m.averageTradeReturn()).isNaN();
    }

    @Test
    void calculateCombinesBothCurvesTradesAndCostsOfTheResult() {
        Metrics m = MetricsCalculator.calculate(SampleRun.result());

        assertThat(m.strategy().totalReturn()).isCloseTo(0.21, within(EPS));
        assertThat(m.buyAndHold().totalReturn()).isCloseTo(-0.01, within(EPS));
        assertThat(m.trades().trades()).isEqualTo(4);
        assertThat(m.timeInMarket()).isEqualTo(0.375);
        assertThat(m.feesUsd()).isEqualTo(5.0);
        assertThat(m.fundingUsd()).isEqualTo(-1.0);
    }

    @Test
    void emptyCurveIsUndefinedNotAnError() {
        CurveMetrics m = MetricsCalculator.curve(new Series("empty"), 9);

        assertThat(m.totalReturn()).isNaN();
        assertThat(m.sharpe()).isNaN();
        assertThat(m.maxDrawdown()).isNaN();
    }
}
