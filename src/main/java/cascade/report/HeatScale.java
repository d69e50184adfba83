package cascade.report;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The colour scale of a heatmap: near-black for nothing, through purple and orange to pale yellow at the
 * 99th percentile (nearest rank) of the non-empty cells (so one huge cluster does not wash out the rest), with
 * square-root contrast so small clusters still show.
 */
final class HeatScale {
    private static final int[][] ANCHORS = {{0, 0, 4}, {87, 16, 110}, {188, 55, 84}, {249, 142, 9}, {252, 255, 164}};
    static final Color EMPTY = color(0);

    private final double top;

    private HeatScale(double top) {
        this.top = top;
    }

    static HeatScale of(List<HeatmapSnapshot> snapshots) {
        double[] cells = snapshots.stream().flatMapToDouble(s -> IntStream.range(0, s.rows())
                .mapToDouble(s::usd)).filter(v -> v > 0).sorted().toArray();
        return new HeatScale(cells.length == 0 ? 1 : cells[(int) Math.ceil(0.99 * cells.length) - 1]);
    }

    /** The USD at (and above) which a cell is drawn in the brightest colour. */
    double top() {
        return top;
    }

    Color of(double usd) {
        return color(Math.sqrt(Math.min(1, usd / top)));
    }

    /** The colour at {@code t} in [0, 1] along the anchors. */
    static Color color(double t) {
        double x = t * (ANCHORS.length - 1);
        int i = Math.min(ANCHORS.length - 2, (int) x);
        double f = x - i;
        int[] rgb = new int[3];
        for (int c = 0; c < 3; c++) {
            rgb[c] = (int) Math.round(ANCHORS[i][c] + f * (ANCHORS[i + 1][c] - ANCHORS[i][c]));
        }
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    static String usdLabel(double usd) {
        if (usd >= 1e9) {
            return String.format(Locale.ROOT, "$%.1fB", usd / 1e9);
        }
        if (usd >= 1e6) {
            return String.format(Locale.ROOT, "$%.1fM", usd / 1e6);
        }
        return usd >= 1e3 ? String.format(Locale.ROOT, "$%.0fk", usd / 1e3)
                : String.format(Locale.ROOT, "$%.0f", usd);
    }
}
