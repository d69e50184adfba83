package cascade.sim;

import cascade.sim.BarSeries.Column;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The statistics the simulator is calibrated on, from bars: the long-liquidation ratio
 * long/(long + short) distribution, how the imbalance (long − short)/(long + short) moves with the bar's
 * return, and how heavy-tailed the bar liquidation volume is. Bars without any liquidation have no ratio
 * and are left out of the ratio and correlation (counted in {@link #barsWithoutLiquidation()}).
 *
 * @param bars bars in the series
 * @param barsWithoutLiquidation bars with zero liquidated USD
 * @param ratioP10 10th percentile of the long ratio
 * @param ratioP50 median long ratio
 * @param ratioP90 90th percentile of the long ratio
 * @param shareAbove08 share of bars with a long ratio above 0.8
 * @param shareBelow02 share of bars with a long ratio below 0.2
 * @param imbalanceReturnCorrelation Pearson correlation of the imbalance with close/open − 1
 * @param liqMedianUsd median liquidated USD per bar (both sides)
 * @param liqMeanUsd mean liquidated USD per bar
 * @param liqP99Usd 99th percentile of liquidated USD per bar
 * @param liqMaxUsd largest liquidated USD in a bar
 */
public record CalibrationReport(int bars, int barsWithoutLiquidation, double ratioP10, double ratioP50,
        double ratioP90, double shareAbove08, double shareBelow02, double imbalanceReturnCorrelation,
        double liqMedianUsd, double liqMeanUsd, double liqP99Usd, double liqMaxUsd) {

    public static CalibrationReport of(BarSeries bars) {
        int n = bars.size();
        double[] total = new double[n];
        int liquidated = 0;
        for (int i = 0; i < n; i++) {
            total[i] = bars.get(Column.LIQ_LONG_USD, i) + bars.get(Column.LIQ_SHORT_USD, i);
            if (total[i] > 0) {
                liquidated++;
            }
        }
        double[] ratio = new double[liquidated];
        double[] imbalance = new double[liquidated];
        double[] returns = new double[liquidated];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (total[i] > 0) {
                double longUsd = bars.get(Column.LIQ_LONG_USD, i);
                ratio[k] = longUsd / total[i];
                imbalance[k] = (2 * longUsd - total[i]) / total[i];
                returns[k] = bars.get(Column.CLOSE, i) / bars.get(Column.OPEN, i) - 1;
                k++;
            }
        }
        return new CalibrationReport(n, n - liquidated, Stats.percentile(ratio, 0.1), Stats.percentile(ratio, 0.5),
                Stats.percentile(ratio, 0.9), Stats.shareAbove(ratio, 0.8), Stats.shareBelow(ratio, 0.2),
                Stats.correlation(imbalance, returns), Stats.median(total), Stats.mean(total),
                Stats.percentile(total, 0.99), Stats.max(total));
    }

    public double meanToMedian() {
        return liqMeanUsd / liqMedianUsd;
    }

    public double p99ToMedian() {
        return liqP99Usd / liqMedianUsd;
    }

    public double maxToMedian() {
        return liqMaxUsd / liqMedianUsd;
    }

    /** A markdown table of this report (left) against another (right), e.g. real against simulated. */
    public String compareTable(String leftName, String rightName, CalibrationReport right) {
        return table(List.of(leftName, rightName), List.of(this, right));
    }

    /** A markdown table with one column per report. */
    public static String table(List<String> names, List<CalibrationReport> reports) {
        StringBuilder sb = new StringBuilder("| statistic |");
        names.forEach(n -> sb.append(' ').append(n).append(" |"));
        sb.append("\n|---|").append("---:|".repeat(names.size())).append('\n');
        row(sb, "4 h bars", "%.0f", reports, r -> r.bars);
        row(sb, "bars without liquidation", "%.0f", reports, r -> r.barsWithoutLiquidation);
        row(sb, "long ratio p10", "%.3f", reports, CalibrationReport::ratioP10);
        row(sb, "long ratio p50", "%.3f", reports, CalibrationReport::ratioP50);
        row(sb, "long ratio p90", "%.3f", reports, CalibrationReport::ratioP90);
        row(sb, "share of bars ratio > 0.8", "%.3f", reports, CalibrationReport::shareAbove08);
        row(sb, "share of bars ratio < 0.2", "%.3f", reports, CalibrationReport::shareBelow02);
        row(sb, "corr(imbalance, bar return)", "%.3f", reports, CalibrationReport::imbalanceReturnCorrelation);
        row(sb, "liquidated USD per bar, median", "%,.0f", reports, CalibrationReport::liqMedianUsd);
        row(sb, "liquidated USD per bar, mean", "%,.0f", reports, CalibrationReport::liqMeanUsd);
        row(sb, "mean / median", "%.2f", reports, CalibrationReport::meanToMedian);
        row(sb, "p99 / median", "%.1f", reports, CalibrationReport::p99ToMedian);
        row(sb, "max / median", "%.1f", reports, CalibrationReport::maxToMedian);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String format, List<CalibrationReport> reports,
            ToDoubleFunction<CalibrationReport> value) {
        sb.append("| ").append(name).append(" |");
        for (CalibrationReport r : reports) {
            sb.append(' ').append(String.format(Locale.ROOT, format, value.applyAsDouble(r))).append(" |");
        }
        sb.append('\n');
    }
}
