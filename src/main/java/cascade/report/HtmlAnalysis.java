package cascade.report;

import static cascade.report.ReportFormat.percent;
import static cascade.report.ReportFormat.usd;

import cascade.model.Trade;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analysis sections of the HTML report: returns per month (or week) as a table and a heat map, the
 * drawdown periods, and the trade statistics with their breakdowns.
 */
final class HtmlAnalysis {
    static final int DRAWDOWNS_SHOWN = 5;

    private HtmlAnalysis() {
    }

    static void periodReturns(StringBuilder html, BacktestResult result) {
        boolean weekly = PeriodReturns.weekly(result.equity());
        List<PeriodReturns.Period> periods = PeriodReturns.of(result.equity(), result.buyAndHold());
        Html.heading(html, weekly ? "Returns per week" : "Returns per month");
        if (periods.isEmpty()) {
            html.append("<p>No samples.</p>\n");
            return;
        }
        double scale = 0;
        for (PeriodReturns.Period p : periods) {
            scale = Math.max(scale, Math.abs(p.strategy()));
        }
        if (!weekly) {
            heatMap(html, periods, scale);
        }
        html.append("<table class=\"periods\">\n");
        Html.row(html, "th", weekly ? "week from" : "month", "strategy", "buy & hold");
        for (PeriodReturns.Period p : periods) {
            html.append("<tr><td>").append(weekly ? p.start().toString() : p.start().toString().substring(0, 7))
                    .append("</td>");
            cell(html, p.strategy(), scale);
            html.append("<td>").append(percent(p.buyAndHold())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** Years down, months across, each cell coloured by the strategy's return (green up, red down). */
    private static void heatMap(StringBuilder html, List<PeriodReturns.Period> periods, double scale) {
        Map<Integer, Map<Integer, Double>> byYear = new TreeMap<>();
        for (PeriodReturns.Period p : periods) {
            byYear.computeIfAbsent(p.start().getYear(), y -> new TreeMap<>()).put(p.start().getMonthValue(),
                    p.strategy());
        }
        html.append("<table class=\"heat\">\n<tr><th>strategy</th>");
        for (Month m : Month.values()) {
            html.append("<th>").append(m.getDisplayName(TextStyle.SHORT, Locale.ROOT)).append("</th>");
        }
        html.append("</tr>\n");
        byYear.forEach((year, months) -> {
            html.append("<tr><th>").append(year).append("</th>");
            for (int m = 1; m <= 12; m++) {
                Double r = months.get(m);
                if (r == null) {
                    html.append("<td></td>");
                } else {
                    cell(html, r, scale);
                }
            }
            html.append("</tr>\n");
        });
        html.append("</table>\n");
    }

    private static void cell(StringBuilder html, double r, double scale) {
        double a = scale > 0 && Double.isFinite(r) ? Math.min(1, Math.abs(r) / scale) : 0;
        int fade = (int) Math.round(255 - 150 * a);
        String color = r >= 0 ? "rgb(" + fade + ",255," + fade + ")" : "rgb(255," + fade + "," + fade + ")";
        html.append("<td style=\"background:").append(color).append("\">").append(percent(r)).append("</td>");
    }

    static void drawdowns(StringBuilder html, Series equity) {
        List<DrawdownPeriods.Drawdown> all = DrawdownPeriods.of(equity);
        Html.heading(html, "Drawdown periods");
        if (all.isEmpty()) {
            html.append("<p>None: equity never fell below a previous peak.</p>\n");
            return;
        }
        html.append("<p class=\"note\">").append(all.size()).append(" drawdowns; the ")
                .append(Math.min(DRAWDOWNS_SHOWN, all.size())).append(" deepest:</p>\n<table class=\"drawdowns\">\n");
        Html.row(html, "th", "depth", "peak (start)", "trough", "recovered (end)", "length");
        for (DrawdownPeriods.Drawdown d : all.subList(0, Math.min(DRAWDOWNS_SHOWN, all.size()))) {
            Html.row(html, "td", percent(d.depth()), ReportFormat.minute(d.peakMs()), ReportFormat.minute(d.troughMs()),
                    d.recovered() ? ReportFormat.minute(d.endMs()) : "not recovered",
                    TradeStatistics.duration(d.lengthMs()));
        }
        html.append("</table>\n");
    }

    static void tradeStatistics(StringBuilder html, List<Trade> trades) {
        Html.heading(html, "Trade statistics");
        if (trades.isEmpty()) {
            html.append("<p>No closed trades.</p>\n");
            return;
        }
        TradeStatistics s = TradeStatistics.of(trades);
        html.append("<table class=\"facts\">\n");
        Html.row(html, "td", "Holding time", "mean " + TradeStatistics.duration(s.meanHoldMs()) + ", median "
                + TradeStatistics.duration(s.medianHoldMs()) + ", max " + TradeStatistics.duration(s.maxHoldMs()));
        Html.row(html, "td", "Best trade", describe(trades, s.best()));
        Html.row(html, "td", "Worst trade", describe(trades, s.worst()));
        Html.row(html, "td", "Longest streaks", s.longestWinningStreak() + " winning, " + s.longestLosingStreak()
                + " losing trades in a row");
        html.append("</table>\n");
        groups(html, "exit", s.byExitReason());
        groups(html, "side", s.bySide());
        groups(html, "symbol", s.bySymbol());
    }

    private static String describe(List<Trade> trades, int i) {
        Trade t = trades.get(i);
        return "#" + (i + 1) + " " + t.symbol() + " " + (t.direction() > 0 ? "long" : "short") + " "
                + ReportFormat.minute(t.entryTimeMs()) + ": " + usd(t.netPnlUsd()) + " USD net (exit: "
                + t.exitReason() + ")";
    }

    private static void groups(StringBuilder html, String key, List<TradeStatistics.Group> groups) {
        html.append("<table class=\"groups\">\n");
        Html.row(html, "th", key, "trades", "win rate", "net USD", "average USD");
        for (TradeStatistics.Group g : groups) {
            Html.row(html, "td", g.key(), Integer.toString(g.trades()), percent(g.winRate()), usd(g.netUsd()),
                    usd(g.averageNetUsd()));
        }
        html.append("</table>\n");
    }

}
