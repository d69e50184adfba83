package cascade.report;

import cascade.learn.CardStats;
import cascade.learn.WeightChange;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * The weight tuner's page of a {@code backtest --learn} report: {@code weights.png} (each mode's card
 * weights over time, for the first symbol it traded) and {@code weights.html} (that chart and every card's
 * weight and accuracy per symbol and mode).
 */
public final class LearnedWeightsReport {
    private static final Color[] COLORS = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
        new Color(127, 127, 127)};

    private LearnedWeightsReport() {
    }

    /** Writes both files into {@code outDir}; returns the HTML file. */
    public static Path write(Path outDir, List<WeightChange> history, List<CardStats> stats) throws IOException {
        Files.createDirectories(outDir);
        Map<String, List<String>> cards = new LinkedHashMap<>();
        Map<String, String> firstSymbol = new LinkedHashMap<>();
        for (CardStats s : stats) {
            firstSymbol.putIfAbsent(s.mode(), s.symbol());
            if (s.symbol().equals(firstSymbol.get(s.mode()))) {
                cards.computeIfAbsent(s.mode(), m -> new ArrayList<>()).add(s.card());
            }
        }
        List<XYChart> charts = new ArrayList<>();
        for (Map.Entry<String, String> e : firstSymbol.entrySet()) {
            String mode = e.getKey();
            List<String> names = cards.get(mode);
            List<ChartPoints> lines = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                lines.add(ChartPoints.empty());
            }
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (WeightChange c : thin(history, mode, e.getValue())) {
                for (int i = 0; i < names.size(); i++) {
                    lines.get(i).add(c.timeMs(), c.weights()[i]);
                }
                first = Math.min(first, c.timeMs());
                last = Math.max(last, c.timeMs());
            }
            XYChart chart = ChartKit.newChart("Card weights: " + e.getValue() + " " + mode, "weight", 320,
                    last > first ? last - first : 0);
            for (int i = 0; i < names.size(); i++) {
                ChartKit.addLine(chart, names.get(i), lines.get(i), COLORS[i % COLORS.length]);
            }
            if (!lines.get(0).isEmpty()) {
                charts.add(chart);
            }
        }
        boolean chart = !charts.isEmpty();
        if (chart) {
            Files.write(outDir.resolve("weights.png"), ChartKit.stackedPng(charts));
        }
        StringBuilder b = new StringBuilder("<!doctype html><meta charset=utf-8><title>Learned weights</title>"
                + "<style>body{font-family:sans-serif}td,th{padding:2px 8px;text-align:right}td.l{text-align:left}"
                + "</style><h1>Learned card weights</h1><p>").append(history.size())
                .append(" weight changes. Accuracy: exponentially weighted IC of score × confidence against the "
                        + "forward return at the mode's horizon, with its sample count and t-statistic.</p>");
        if (chart) {
            b.append("<img src=\"weights.png\" alt=\"card weights over time\">");
        }
        b.append("<table><tr><th>symbol</th><th>mode</th><th>card</th><th>profile</th><th>weight</th><th>n</th>"
                + "<th>IC</th><th>t</th></tr>");
        for (CardStats s : stats) {
            b.append(String.format(Locale.ROOT, "<tr><td class=l>%s</td><td class=l>%s</td><td class=l>%s</td>"
                    + "<td>%.3f</td><td>%.3f</td><td>%d</td><td>%.3f</td><td>%.2f</td></tr>", Html.escape(s.symbol()),
                    Html.escape(s.mode()), Html.escape(s.card()), s.profileWeight(), s.weight(), s.samples(), s.ic(),
                    s.tStat()));
        }
        Path html = outDir.resolve("weights.html");
        Files.writeString(html, b.append("</table>").toString(), StandardCharsets.UTF_8);
        return html;
    }

    /** One symbol and mode's changes, at most {@link ChartKit#MAX_POINTS} of them (evenly, the last kept). */
    private static List<WeightChange> thin(List<WeightChange> history, String mode, String symbol) {
        List<WeightChange> mine = new ArrayList<>();
        for (WeightChange c : history) {
            if (c.mode().equals(mode) && c.symbol().equals(symbol)) {
                mine.add(c);
            }
        }
        if (mine.size() <= ChartKit.MAX_POINTS) {
            return mine;
        }
        List<WeightChange> out = new ArrayList<>();
        double step = mine.size() / (double) ChartKit.MAX_POINTS;
        for (int i = 0; i < ChartKit.MAX_POINTS; i++) {
            out.add(mine.get((int) (i * step)));
        }
        out.set(out.size() - 1, mine.get(mine.size() - 1));
        return out;
    }
}
