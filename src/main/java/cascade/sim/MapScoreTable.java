package cascade.sim;

import java.util.List;
import java.util.Locale;

/**
 * The capture table of {@link MapScoring}: per recording, the share of the next hour's liquidated USD inside
 * the estimate's, the truth's and the band's ranges for each candidate restriction and cluster count; with
 * several recordings, the mean with the lowest and highest per-recording value beside it (the per-seed
 * spread).
 */
public final class MapScoreTable {
    private MapScoreTable() {
    }

    public static String format(List<MapScoring.Result> results) {
        StringBuilder out = new StringBuilder();
        for (MapScoring.Result r : results) {
            out.append(String.format(Locale.ROOT, "%s: %d symbol-hours, %,.0f USD liquidated%n", r.source(),
                    r.symbolHours(), r.liquidatedUsd()));
            out.append(String.format(Locale.ROOT, "  %-12s %3s %9s %9s %9s %14s%n", "candidates", "k", "estimate",
                    "band", "truth", "ranges cover"));
            for (MapScoring.Cell c : r.cells()) {
                out.append(String.format(Locale.ROOT, "  %-12s %3d %9s %9s %9s %12.2f %%%n", near(c.near()),
                        c.clusters(), pct(c.estimate()), pct(c.band()), pct(c.truth()), 100 * c.width()));
            }
        }
        if (results.size() > 1) {
            out.append(String.format(Locale.ROOT, "%nAcross %d recordings: mean [lowest – highest]%n", results.size()));
            out.append(String.format(Locale.ROOT, "  %-12s %3s %-26s %-26s %-26s%n", "candidates", "k", "estimate",
                    "band", "truth"));
            List<MapScoring.Cell> first = results.get(0).cells();
            for (int i = 0; i < first.size(); i++) {
                int at = i;
                MapScoring.Cell c = first.get(i);
                out.append(String.format(Locale.ROOT, "  %-12s %3d %-26s %-26s %-26s%n", near(c.near()), c.clusters(),
                        spread(results, at, 0), spread(results, at, 1), spread(results, at, 2)));
            }
            out.append(String.format(Locale.ROOT, "  estimate − band, within ±1 %%, k = 5: %s%n", margin(results)));
        }
        return out.toString();
    }

    /** The estimate's lead over the band (top 5 within ±1 %) per recording, in points, with the mean. */
    private static String margin(List<MapScoring.Result> results) {
        StringBuilder s = new StringBuilder();
        double sum = 0;
        for (MapScoring.Result r : results) {
            MapScoring.Cell c = r.cell(0.01, 5);
            double d = 100 * (c.estimate() - c.band());
            sum += d;
            s.append(String.format(Locale.ROOT, "%+.1f ", d));
        }
        return s.append(String.format(Locale.ROOT, "(mean %+.1f points)", sum / results.size())).toString();
    }

    private static String spread(List<MapScoring.Result> results, int cell, int which) {
        double sum = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (MapScoring.Result r : results) {
            MapScoring.Cell c = r.cells().get(cell);
            double v = which == 0 ? c.estimate() : which == 1 ? c.band() : c.truth();
            if (Double.isNaN(v)) {
                return "-";
            }
            sum += v;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return String.format(Locale.ROOT, "%s [%s – %s]", pct(sum / results.size()), pct(lo), pct(hi));
    }

    private static String near(double near) {
        return Double.isInfinite(near) ? "anywhere" : String.format(Locale.ROOT, "within ±%.0f %%", 100 * near);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
}
