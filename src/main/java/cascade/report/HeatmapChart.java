package cascade.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The liquidation heatmap as a PNG: time left to right (one column per {@link HeatmapSnapshot}, evenly
 * spaced), price bottom to top, each cell coloured by the estimated liquidation USD there (long
 * liquidations below the price and short liquidations above share one {@link HeatScale}), and the price
 * as a white line. Drawn directly with java.awt (headless), without anti-aliasing so cells stay crisp.
 */
public final class HeatmapChart {
    static final int WIDTH = ChartKit.WIDTH;
    static final int HEIGHT = 520;
    static final int LEFT = 90;
    static final int RIGHT = 110;
    static final int TOP = 40;
    static final int BOTTOM = 50;
    static final Color PRICE = Color.WHITE;

    private static final Color FRAME = new Color(60, 60, 60);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private HeatmapChart() {
    }

    /** The heatmap of one symbol; an empty list gives a frame that says so. */
    public static byte[] render(String symbol, List<HeatmapSnapshot> snapshots) {
        BufferedImage image = ChartKit.image(WIDTH, HEIGHT);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(FRAME);
        g.drawString(symbol + " estimated liquidation map (USD per price, long and short)", LEFT, TOP - 15);
        g.setColor(HeatScale.EMPTY);
        g.fillRect(LEFT, TOP, plotWidth(), plotHeight());
        if (snapshots.isEmpty()) {
            g.setColor(Color.WHITE);
            g.drawString("no liquidation map data", LEFT + 20, TOP + 30);
        } else {
            double low = snapshots.stream().mapToDouble(HeatmapSnapshot::fromPrice).min().orElseThrow();
            double high = snapshots.stream().mapToDouble(HeatmapSnapshot::toPrice).max().orElseThrow();
            HeatScale scale = HeatScale.of(snapshots);
            drawCells(g, snapshots, scale, low, high);
            drawPrice(g, snapshots, low, high);
            drawAxes(g, snapshots, low, high);
            drawLegend(g, scale);
        }
        g.dispose();
        return ChartKit.png(image);
    }

    /** The pixel row of a price on a y axis running from {@code low} (bottom) to {@code high} (top). */
    static int yOf(double price, double low, double high) {
        return TOP + (int) Math.round((high - price) / (high - low) * plotHeight());
    }

    /** The first pixel column of snapshot {@code c} of {@code n}. */
    static int xOf(int c, int n) {
        return LEFT + (int) ((long) c * plotWidth() / n);
    }

    private static void drawCells(Graphics2D g, List<HeatmapSnapshot> snapshots, HeatScale scale, double low,
            double high) {
        int n = snapshots.size();
        for (int c = 0; c < n; c++) {
            HeatmapSnapshot s = snapshots.get(c);
            int x0 = xOf(c, n);
            int width = Math.max(1, xOf(c + 1, n) - x0);
            for (int r = 0; r < s.rows(); r++) {
                if (s.usd(r) > 0) {
                    int top = yOf(s.rowLow(r + 1), low, high);
                    int bottom = yOf(s.rowLow(r), low, high);
                    g.setColor(scale.of(s.usd(r)));
                    g.fillRect(x0, top, width, Math.max(1, bottom - top));
                }
            }
        }
    }

    private static void drawPrice(Graphics2D g, List<HeatmapSnapshot> snapshots, double low, double high) {
        int n = snapshots.size();
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int c = 0; c < n; c++) {
            xs[c] = (xOf(c, n) + xOf(c + 1, n)) / 2;
            ys[c] = yOf(snapshots.get(c).price(), low, high);
        }
        g.setColor(PRICE);
        g.setStroke(new BasicStroke(2f));
        g.drawPolyline(xs, ys, n);
        g.setStroke(new BasicStroke(1f));
    }

    private static void drawAxes(Graphics2D g, List<HeatmapSnapshot> snapshots, double low, double high) {
        g.setColor(FRAME);
        g.drawRect(LEFT, TOP, plotWidth(), plotHeight());
        String format = high - low >= 50 ? "%,.0f" : high - low >= 0.5 ? "%.2f" : "%.5f";
        for (int i = 0; i <= 5; i++) {
            double price = low + i * (high - low) / 5;
            int y = yOf(price, low, high);
            g.drawLine(LEFT - 4, y, LEFT, y);
            g.drawString(String.format(Locale.ROOT, format, price), 8, y + 4);
        }
        int n = snapshots.size();
        for (int i = 0; i <= 4; i++) {
            int c = Math.min(n - 1, i * (n - 1) / 4);
            int x = (xOf(c, n) + xOf(c + 1, n)) / 2;
            g.drawLine(x, TOP + plotHeight(), x, TOP + plotHeight() + 4);
            g.drawString(DATE.format(Instant.ofEpochMilli(snapshots.get(c).timeMs())), x - 48, HEIGHT - BOTTOM + 20);
        }
    }

    private static void drawLegend(Graphics2D g, HeatScale scale) {
        int x = WIDTH - RIGHT + 20;
        for (int y = TOP; y < TOP + plotHeight(); y++) {
            g.setColor(HeatScale.color(1 - (y - TOP) / (double) plotHeight()));
            g.drawLine(x, y, x + 14, y);
        }
        g.setColor(FRAME);
        g.drawString("≥ " + HeatScale.usdLabel(scale.top()), x + 18, TOP + 10);
        g.drawString("0", x + 18, TOP + plotHeight());
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }
}
