package cascade.cli;

import cascade.report.CurveMetrics;
import cascade.report.ReportFormat;
import cascade.run.Sweep;
import java.util.ArrayList;
import java.util.List;

/** A sweep's results, ranked, as a text table, CSV and an HTML page: tuning and held-out side by side. */
final class SweepTable {
    private SweepTable() {
    }

    static List<String> header(List<String> keys, boolean split) {
        List<String> h = new ArrayList<>(List.of("rank", "variant"));
        h.addAll(keys);
        String first = split ? "tuning " : "";
        h.addAll(List.of(first + "return", first + "Sharpe", first + "max DD", first + "trades"));
        if (split) {
            h.addAll(List.of("held-out return", "held-out Sharpe", "held-out max DD", "held-out trades",
                "Sharpe gap"));
        }
        return h;
    }

    static List<List<String>> rows(List<Sweep.Result> results, List<String> keys, boolean split) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Sweep.Result r = results.get(i);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1), Integer.toString(r.variant().number())));
            keys.forEach(k -> row.add(r.variant().settings().get(k)));
            cells(row, r.tuning());
            if (split) {
                cells(row, r.heldOut());
                row.add(ReportFormat.ratio(r.sharpeGap()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static void cells(List<String> row, Sweep.Period p) {
        CurveMetrics c = p.curve();
        row.add(ReportFormat.percent(c.totalReturn()));
        row.add(ReportFormat.ratio(c.sharpe()));
        row.add(ReportFormat.percent(c.maxDrawdown()));
        row.add(Integer.toString(p.metrics().trades().trades()));
    }

    static String text(List<String> header, List<List<String>> rows) {
        List<String[]> all = new ArrayList<>();
        all.add(header.toArray(String[]::new));
        rows.forEach(r -> all.add(r.toArray(String[]::new)));
        int[] right = new int[header.size() - 2];
        for (int i = 0; i < right.length; i++) {
            right[i] = i + 2;
        }
        return RunsCommand.Table.render(all, right);
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        rows.forEach(r -> b.append(String.join(",", r)).append('\n'));
        return b.toString();
    }

    static String html(String title, List<String> notes, List<String> header, List<List<String>> rows) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em}"
                        + "table{border-collapse:collapse;font-size:.9em}th,td{padding:.25em .6em;border-bottom:1px solid"
                        + " #eee;white-space:nowrap}td{text-align:right;font-variant-numeric:tabular-nums}"
                        + ".note{color:#555}</style>\n</head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        notes.forEach(n -> h.append("<p class=\"note\">").append(escape(n)).append("</p>\n"));
        h.append("<table>\n<tr>");
        header.forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
        h.append("</tr>\n");
        for (List<String> r : rows) {
            h.append("<tr>");
            r.forEach(c -> h.append("<td>").append(escape(c)).append("</td>"));
            h.append("</tr>\n");
        }
        return h.append("</table>\n</body>\n</html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
