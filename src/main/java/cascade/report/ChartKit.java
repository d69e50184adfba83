package cascade.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The common look of the report charts (UTC dates, Locale.ROOT, white plot) and PNG encoding. Rendering is
 * headless: {@code java.awt.headless} is set to true unless the launcher chose otherwise.
 */
final class ChartKit {
    static final int WIDTH = 1100;
    static final int HEIGHT = 420;
    /** Upper bound of points drawn per series; more only blur into the same pixels. */
    static final int MAX_POINTS = 4000;

    private static final long THREE_DAYS_MS = 3L * 24 * 60 * 60 * 1000;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartKit() {
    }

    /** An empty time chart; dates show as days for spans over three days, else as hours. */
    static XYChart newChart(String title, String yAxisTitle, int height, long spanMs) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(height).title(title).yAxisTitle(yAxisTitle)
                .xAxisTitle("time (UTC)").build();
        XYStyler style = chart.getStyler();
        style.setLocale(Locale.ROOT);
        style.setTimezone(TimeZone.getTimeZone("UTC"));
        style.setDatePattern(spanMs > THREE_DAYS_MS ? "yyyy-MM-dd" : "MM-dd HH:mm");
        style.setChartBackgroundColor(Color.WHITE);
        style.setPlotBackgroundColor(Color.WHITE);
        style.setPlotGridLinesColor(new Color(225, 225, 225));
        // below the plot, in one row: a legend inside the plot hid the first weeks of data
        style.setLegendPosition(Styler.LegendPosition.OutsideS);
        style.setLegendLayout(Styler.LegendLayout.Horizontal);
        style.setAntiAlias(true);
        return chart;
    }

    /** A line without markers; nothing is added for an empty series (XChart rejects empty data). */
    static void addLine(XYChart chart, String name, ChartPoints points, Color color) {
        if (!points.isEmpty()) {
            XYSeries series = chart.addSeries(name, points.times(), points.values());
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(color);
            series.setLineWidth(1.2f);
        }
    }

    /** Unconnected markers; nothing is added for an empty series. */
    static void addMarkers(XYChart chart, String name, ChartPoints points, Marker marker, Color color) {
        if (!points.isEmpty()) {
            XYSeries series = chart.addSeries(name, points.times(), points.values());
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            series.setMarker(marker);
            series.setMarkerColor(color);
        }
    }

    /** A horizontal reference line at {@code level} across the given series' time span. */
    static void addLevel(XYChart chart, String name, Series span, double level, Color color) {
        if (span.size() > 0) {
            ChartPoints line = ChartPoints.empty();
            line.add(span.time(0), level);
            line.add(span.time(span.size() - 1), level);
            addLine(chart, name, line, color);
        }
    }

    static long span(Series series) {
        return series.size() < 2 ? 0 : series.time(series.size() - 1) - series.time(0);
    }

    static byte[] png(XYChart chart) {
        return png(BitmapEncoder.getBufferedImage(chart));
    }

    /**
     * Charts drawn one below the other in one PNG (a main chart with its sub-charts). Their plot areas are
     * lined up so the same date sits at the same x: a chart with narrower y tick labels gets the difference
     * as extra padding before its y axis title.
     */
    static byte[] stackedPng(List<XYChart> charts) {
        double widest = 0;
        for (XYChart chart : charts) {
            BitmapEncoder.getBufferedImage(chart);
            widest = Math.max(widest, chart.getYAxisLeftWidth());
        }
        BufferedImage image = image(WIDTH, charts.stream().mapToInt(XYChart::getHeight).sum());
        Graphics2D graphics = image.createGraphics();
        int y = 0;
        for (XYChart chart : charts) {
            int shift = (int) Math.round(widest - chart.getYAxisLeftWidth());
            chart.getStyler().setAxisTitlePadding(chart.getStyler().getAxisTitlePadding() + shift);
            graphics.drawImage(BitmapEncoder.getBufferedImage(chart), 0, y, null);
            y += chart.getHeight();
        }
        graphics.dispose();
        return png(image);
    }

    /** A blank RGB image to draw on; asking here first puts AWT in headless mode. */
    static BufferedImage image(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** Encodes a drawn image as PNG bytes. */
    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed in memory", e);
        }
        return bytes.toByteArray();
    }
}
