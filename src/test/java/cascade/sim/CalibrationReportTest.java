package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationReportTest {

    @Test
    void computesTheCalibrationStatisticsOfFiveBarsByHand() {
        BarSeries bars = BarSeries.empty();
        bar(bars, 99, 90, 10);    // down 1 %: ratio 0.9, imbalance 0.8
        bar(bars, 101, 10, 90);   // up 1 %: ratio 0.1, imbalance -0.8
        bar(bars, 100, 50, 50);   // flat: ratio 0.5, imbalance 0
        bar(bars, 98, 300, 100);  // down 2 %: ratio 0.75, imbalance 0.5
        bar(bars, 100, 0, 0);     // nothing liquidated: no ratio

        CalibrationReport r = CalibrationReport.of(bars);

        assertThat(r.bars()).isEqualTo(5);
        assertThat(r.barsWithoutLiquidation()).isEqualTo(1);
        // ratios sorted 0.1, 0.5, 0.75, 0.9 at positions 0.3, 1.5, 2.7
        assertThat(r.ratioP10()).isCloseTo(0.22, within(1e-12));
        assertThat(r.ratioP50()).isCloseTo(0.625, within(1e-12));
        assertThat(r.ratioP90()).isCloseTo(0.855, within(1e-12));
        assertThat(r.shareAbove08()).isEqualTo(0.25);
        assertThat(r.shareBelow02()).isEqualTo(0.25);
        // sum of products -0.0235 over sqrt(1.4675 * 0.0005)
        assertThat(r.imbalanceReturnCorrelation()).isCloseTo(-0.867548583737, within(1e-9));
        // totals 0, 100, 100, 100, 400
        assertThat(r.liqMedianUsd()).isEqualTo(100.0);
        assertThat(r.liqMeanUsd()).isEqualTo(140.0);
        assertThat(r.liqP99Usd()).isCloseTo(388.0, within(1e-9));
        assertThat(r.maxToMedian()).isEqualTo(4.0);
        assertThat(r.meanToMedian()).isEqualTo(1.4);
    }

    @Test
    void comparesTwoReportsInAMarkdownTable() {
        BarSeries bars = BarSeries.empty();
        bar(bars, 99, 90, 10);
        bar(bars, 101, 10, 90);
        CalibrationReport r = CalibrationReport.of(bars);

        String table = r.compareTable("real", "sim", r);

        assertThat(table).startsWith("| statistic | real | sim |\n|---|---:|---:|\n| 4 h bars | 2 | 2 |\n");
        assertThat(table).contains("| long ratio p50 | 0.500 | 0.500 |\n");
    }

    private static void bar(BarSeries bars, double close, double liqLong, double liqShort) {
        bars.add(bars.size() * 14_400_000L, 100, Math.max(100, close), Math.min(100, close), close, 0, liqLong,
                liqShort, Double.NaN, Double.NaN);
    }
}
