package cascade.sim;

import cascade.feed.ShippedData;
import cascade.market.Instruments;
import cascade.sim.BarSeries.Column;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calibration run behind docs/simulator.md (not a test): simulates the BTC-like symbol for many days
 * under several seeds and prints the development set's statistics next to the simulated ones, the same
 * through Binance's one-liquidation-per-second snapshot filter, price-range statistics and the burst-size
 * distribution. After {@code mvn -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes cascade.sim.CalibrationRun [days] [seeds] [bars.csv]}.
 */
public final class CalibrationRun {
    private CalibrationRun() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 360;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = args.length > 2 ? Path.of(args[2]) : ShippedData.DEVELOPMENT_SET;
        BarSeries realBars = DevelopmentBars.read(file);
        List<String> names = new ArrayList<>(List.of("development set"));
        List<CalibrationReport> reports = new ArrayList<>(List.of(CalibrationReport.of(realBars)));
        List<BarSeries> allBars = new ArrayList<>();
        BarSeries firstFiltered = null;
        BurstDistribution firstBursts = null;
        for (int seed = 1; seed <= seeds; seed++) {
            SimConfig config = CalibrationBars.btc(seed, days);
            Instruments instruments = new Instruments();
            BarSeries filtered = BarSeries.of(instruments, 0);
            BarAggregator filteredBars = new BarAggregator(instruments, CalibrationBars.FOUR_HOURS_MS, filtered);
            LiquidationSnapshotFilter snapshots = new LiquidationSnapshotFilter(1000, filteredBars);
            BurstDetector bursts = new BurstDetector(instruments, 5000);
            long t0 = System.nanoTime();
            BarSeries bars = CalibrationBars.simulate(config, instruments, e -> {
                snapshots.accept(e);
                bursts.accept(e);
            });
            snapshots.flush();
            filteredBars.finish(config.endMs());
            System.out.printf(Locale.ROOT, "seed %d: %d days simulated in %.1f s%n", seed, days,
                    (System.nanoTime() - t0) / 1e9);
            names.add("seed " + seed);
            reports.add(CalibrationReport.of(bars));
            allBars.add(bars);
            if (seed == 1) {
                firstFiltered = filtered;
                firstBursts = bursts.finish();
            }
        }
        System.out.println("\n## " + days + " simulated days per seed against the development set\n");
        System.out.println(CalibrationReport.table(names, reports));
        System.out.println("## Seed 1 seen through a one-liquidation-per-second snapshot filter (as Binance publishes)\n");
        System.out.println(reports.get(0).compareTable("development set", "seed 1, 1/s",
                CalibrationReport.of(firstFiltered)));
        System.out.println("## Price: 4 h log-return standard deviation and high-low range percentiles (%)\n");
        System.out.println("| series | return sd | range p10 | p50 | p90 | p99 |\n|---|---:|---:|---:|---:|---:|");
        System.out.println(priceRow("development set", realBars));
        for (int i = 0; i < allBars.size(); i++) {
            System.out.println(priceRow("seed " + (i + 1), allBars.get(i)));
        }
        System.out.println("\n## Burst sizes, seed 1 (liquidations less than 5 s apart)\n");
        System.out.println(firstBursts.sizeTable());
    }

    private static String priceRow(String name, BarSeries bars) {
        double[] returns = new double[bars.size()];
        double[] ranges = new double[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            double open = bars.get(Column.OPEN, i);
            returns[i] = Math.log(bars.get(Column.CLOSE, i) / open);
            ranges[i] = (bars.get(Column.HIGH, i) - bars.get(Column.LOW, i)) / open * 100;
        }
        double mean = Stats.mean(returns);
        double variance = 0;
        for (double r : returns) {
            variance += (r - mean) * (r - mean);
        }
        return String.format(Locale.ROOT, "| %s | %.4f | %.2f | %.2f | %.2f | %.2f |", name,
                Math.sqrt(variance / returns.length), Stats.percentile(ranges, 0.1), Stats.median(ranges),
                Stats.percentile(ranges, 0.9), Stats.percentile(ranges, 0.99));
    }
}
