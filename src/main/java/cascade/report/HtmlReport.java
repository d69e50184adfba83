package cascade.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report of one run as ONE self-contained HTML page: inline CSS, charts embedded as base64 PNG data URIs,
 * no external resources, so it can be mailed or archived as a single file. All text is escaped.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1240px}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;font-size:.9em}
            th,td{padding:.25em .6em;border-bottom:1px solid #eee;text-align:left}
            table.metrics td+td,table.trades td{text-align:right;font-variant-numeric:tabular-nums}
            table.trades td:nth-child(-n+4),table.trades td:nth-child(n+14){text-align:left}
            table.trades{font-size:.72em}table.trades td,table.trades th{white-space:nowrap;padding:.2em .35em}
            .wide{overflow-x:auto;max-width:100%}
            table.heat td,table.periods td,table.groups td+td,table.drawdowns td{text-align:right;
            font-variant-numeric:tabular-nums;white-space:nowrap}
            table.heat{margin-bottom:1em}table.heat td{min-width:4.2em}table.groups{display:inline-table;margin:0 1.5em 1em 0;vertical-align:top}
            tr.gap td{text-align:center;color:#777}
            .note{color:#555}figure{margin:1em 0}img{max-width:100%}figcaption{color:#555;font-size:.85em}
            """;

    private HtmlReport() {
    }

    public static String render(BacktestResult result, Metrics metrics, ChartImages charts) {
        String title = "Cascade backtest " + result.runId() + ": " + result.strategyName();
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        appendFacts(html, RunFacts.of(result));
        Html.heading(html, "Metrics");
        appendMetrics(html, MetricsTable.rows(metrics));
        Html.heading(html, "Notes");
        appendList(html, result.notes());
        HtmlAnalysis.periodReturns(html, result);
        HtmlAnalysis.drawdowns(html, result.equity());
        HtmlAnalysis.tradeStatistics(html, result.trades());
        Html.heading(html, "Charts");
        Html.figure(html, charts.equityPng(), "Equity vs buy & hold, with drawdown");
        Html.figure(html, charts.pricePng(), result.primarySymbol() + " price with entries and exits by kind");
        Html.figure(html, charts.imbalancePng(), "Liquidation imbalance (long liquidated / total)");
        charts.symbolPricePngs().forEach((symbol, png) ->
                Html.figure(html, png, symbol + " price with entries and exits by kind"));
        if (charts.distributionPng() != null) {
            Html.figure(html, charts.distributionPng(), "Distribution of trade net returns (% of entry notional)");
        }
        Html.heading(html, "Counters");
        appendCounters(html, result.counters());
        Html.heading(html, "Trades");
        html.append("<div class=\"wide\">\n");
        HtmlTradesTable.append(html, result.trades());
        html.append("</div>\n");
        return html.append("</body>\n</html>\n").toString();
    }

    private static void appendFacts(StringBuilder html, List<RunFacts.Fact> facts) {
        html.append("<table class=\"facts\">\n");
        facts.forEach(fact -> Html.row(html, "td", fact.label(), fact.value()));
        html.append("</table>\n");
    }

    private static void appendMetrics(StringBuilder html, List<MetricsTable.Row> rows) {
        MetricsTable.Row header = MetricsTable.HEADER;
        html.append("<table class=\"metrics\">\n");
        Html.row(html, "th", header.metric(), header.strategy(), header.buyAndHold());
        rows.forEach(row -> Html.row(html, "td", row.metric(), row.strategy(), row.buyAndHold()));
        html.append("</table>\n");
    }

    private static void appendList(StringBuilder html, List<String> items) {
        if (items.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<ul>\n");
        items.forEach(item -> html.append("<li>").append(Html.escape(item)).append("</li>\n"));
        html.append("</ul>\n");
    }

    private static void appendCounters(StringBuilder html, Map<String, Long> counters) {
        if (counters.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table class=\"counters\">\n");
        new TreeMap<>(counters).forEach((name, count) -> Html.row(html, "td", name, Long.toString(count)));
        html.append("</table>\n");
    }
}
