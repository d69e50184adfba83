package cascade.report;

import cascade.model.Trade;

import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The PNG charts of a backtest report, rendered with XChart (headless). */
public final class Charts {
    private static final Color STRATEGY = new Color(31, 119, 180);
    private static final Color BENCHMARK = new Color(150, 150, 150);
    private static final Color GREEN = new Color(0, 150, 60);
    private static final Color RED = new Color(210, 40, 40);
    private static final Color DARK = new Color(60, 60, 60);

    private Charts() {
    }

    /** All charts of a run. */
    public static ChartImages render(BacktestResult result) {
        return new ChartImages(equity(result.equity(), result.buyAndHold()),
                price(result.price(), result.trades(), result.primarySymbol()), imbalance(result.imbalance()),
                returnDistribution(result.trades(), ReturnHistogram.DEFAULT_BINS), otherSymbols(result));
    }

    /** A price chart with its trades for each traded symbol other than the primary one. */
    private static java.util.Map<String, byte[]> otherSymbols(BacktestResult result) {
        java.util.Map<String, byte[]> charts = new java.util.LinkedHashMap<>();
        result.tradedPrices().forEach((symbol, prices) -> {
            if (!symbol.equals(result.primarySymbol())) {
                charts.put(symbol, price(prices, result.trades(), symbol));
            }
        });
        return charts;
    }

    /** Equity vs buy-and-hold (USD) with the strategy's drawdown (%) in a sub-chart below. */
    public static byte[] equity(Series equity, Series buyAndHold) {
        long span = ChartKit.span(equity);
        XYChart main = ChartKit.newChart("Equity vs buy & hold", "USD", ChartKit.HEIGHT, span);
        ChartKit.addLine(main, "strategy", ChartPoints.of(equity, ChartKit.MAX_POINTS), STRATEGY);
        ChartKit.addLine(main, "buy & hold", ChartPoints.of(buyAndHold, ChartKit.MAX_POINTS), BENCHMARK);
        XYChart drawdown = ChartKit.newChart("Strategy drawdown", "%", 240, span);
        drawdown.getStyler().setLegendVisible(false);
        ChartKit.addLine(drawdown, "strategy drawdown", ChartPoints.of(drawdownPercent(equity),
                ChartKit.MAX_POINTS), RED);
        return ChartKit.stackedPng(List.of(main, drawdown));
    }

    /**
     * The price of {@code symbol} with its trades: long entries green up-triangles, short entries red
     * down-triangles, exits by kind (see {@link TradeStatistics#exitKind}): stop red crosses, target green
     * diamonds, time grey squares, signal blue circles, anything else dark crosses. Trades of other symbols
     * are left out.
     */
    public static byte[] price(Series price, List<Trade> trades, String symbol) {
        XYChart chart = ChartKit.newChart(symbol + " price and trades", "price", ChartKit.HEIGHT,
                ChartKit.span(price));
        chart.getStyler().setMarkerSize(9);
        ChartKit.addLine(chart, "price", ChartPoints.of(price, ChartKit.MAX_POINTS), DARK);
        ChartPoints longEntries = ChartPoints.empty();
        ChartPoints shortEntries = ChartPoints.empty();
        java.util.Map<String, ChartPoints> exits = new java.util.LinkedHashMap<>();
        for (String kind : EXIT_KINDS) {
            exits.put(kind, ChartPoints.empty());
        }
        for (Trade trade : trades) {
            if (trade.symbol().equals(symbol)) {
                (trade.direction() > 0 ? longEntries : shortEntries).add(trade.entryTimeMs(), trade.entryPrice());
                String kind = TradeStatistics.exitKind(trade);
                exits.get(exits.containsKey(kind) ? kind : "other").add(trade.exitTimeMs(), trade.exitPrice());
            }
        }
        ChartKit.addMarkers(chart, "long entry", longEntries, SeriesMarkers.TRIANGLE_UP, GREEN);
        ChartKit.addMarkers(chart, "short entry", shortEntries, SeriesMarkers.TRIANGLE_DOWN, RED);
        ChartKit.addMarkers(chart, "exit: stop", exits.get("stop"), SeriesMarkers.CROSS, RED);
        ChartKit.addMarkers(chart, "exit: target", exits.get("target"), SeriesMarkers.DIAMOND, GREEN);
        ChartKit.addMarkers(chart, "exit: time", exits.get("time"), SeriesMarkers.SQUARE, BENCHMARK);
        ChartKit.addMarkers(chart, "exit: signal", exits.get("signal"), SeriesMarkers.CIRCLE, STRATEGY);
        ChartKit.addMarkers(chart, "exit: other", exits.get("other"), SeriesMarkers.CROSS, DARK);
        return ChartKit.png(chart);
    }

    private static final List<String> EXIT_KINDS = List.of("stop", "target", "time", "signal", "other");

    /**
     * The distribution of the trades' net returns (net PnL / entry notional, %) in {@code bins} equal bins
     * from the lowest to the highest; an empty chart without trades.
     */
    public static byte[] returnDistribution(List<Trade> trades, int bins) {
        org.knowm.xchart.CategoryChart chart = new org.knowm.xchart.CategoryChartBuilder().width(ChartKit.WIDTH)
                .height(320).title("Distribution of trade net returns").xAxisTitle("net return per trade (%)")
                .yAxisTitle("trades").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setLocale(java.util.Locale.ROOT);
        chart.getStyler().setXAxisLabelRotation(45);
        int[] counts = ReturnHistogram.counts(trades, bins);
        double[] edges = ReturnHistogram.edges(trades, bins);
        List<String> labels = new java.util.ArrayList<>();
        List<Integer> values = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            labels.add(String.format(java.util.Locale.ROOT, "%.2f", (edges[i] + edges[i + 1]) / 2));
            values.add(counts[i]);
        }
        if (labels.isEmpty()) {
            labels.add("no trades");
            values.add(0);
        }
        chart.addSeries("trades", labels, values).setFillColor(STRATEGY);
        return ChartKit.png(org.knowm.xchart.BitmapEncoder.getBufferedImage(chart));
    }

    /**
     * The liquidation-imbalance ratio (long liquidated / total) as dots around 0.5, with the 0.8 and 0.2
     * extremes marked. NaN samples (no liquidations) are not drawn.
     */
    public static byte[] imbalance(Series imbalance) {
        XYChart chart = ChartKit.newChart("Liquidation imbalance (long liquidated / total)", "ratio",
                ChartKit.HEIGHT, ChartKit.span(imbalance));
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setMarkerSize(3);
        ChartKit.addMarkers(chart, "ratio", ChartPoints.of(imbalance, ChartKit.MAX_POINTS), SeriesMarkers.CIRCLE,
                STRATEGY);
        ChartKit.addLevel(chart, "0.8 longs flushed", imbalance, 0.8, RED);
        ChartKit.addLevel(chart, "0.5 balanced", imbalance, 0.5, BENCHMARK);
        ChartKit.addLevel(chart, "0.2 shorts flushed", imbalance, 0.2, GREEN);
        return ChartKit.png(chart);
    }

    private static Series drawdownPercent(Series equity) {
        double[] drawdowns = ReturnStatistics.drawdowns(equity.values());
        Series percent = new Series("drawdown %");
        for (int i = 0; i < drawdowns.length; i++) {
            percent.add(equity.time(i), -100 * drawdowns[i]);
        }
        return percent;
    }
}
