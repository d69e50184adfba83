package cascade.report;

import cascade.model.Trade;

import static cascade.report.ReportFormat.price;
import static cascade.report.ReportFormat.usd;
import static cascade.report.ReportFormat.minute;

import java.util.List;

/**
 * The trades section of the HTML report. Up to {@value #SHOW_ALL_UP_TO} trades are listed in full; beyond that
 * the first and last {@value #SHOWN_AT_EACH_END}, with a note (trades.csv always has all of them).
 */
final class HtmlTradesTable {
    static final int SHOW_ALL_UP_TO = 500;
    static final int SHOWN_AT_EACH_END = 100;

    private static final String[] COLUMNS = {"#", "symbol", "mode", "side", "entry (UTC)", "entry price",
        "exit (UTC)", "exit price", "qty", "gross USD", "fees USD", "funding USD", "net USD", "entry reason",
        "exit reason"};

    private HtmlTradesTable() {
    }

    static void append(StringBuilder html, List<Trade> trades) {
        int n = trades.size();
        if (n == 0) {
            html.append("<p>No closed trades.</p>\n");
            return;
        }
        boolean shortened = n > SHOW_ALL_UP_TO;
        if (shortened) {
            html.append("<p class=\"note\">").append(n).append(" trades: showing the first and the last ")
                    .append(SHOWN_AT_EACH_END).append("; trades.csv lists all.</p>\n");
        }
        html.append("<table class=\"trades\">\n");
        Html.row(html, "th", COLUMNS);
        appendTrades(html, trades, 0, shortened ? SHOWN_AT_EACH_END : n);
        if (shortened) {
            html.append("<tr class=\"gap\"><td colspan=\"").append(COLUMNS.length).append("\">… ")
                    .append(n - 2 * SHOWN_AT_EACH_END).append(" trades not shown …</td></tr>\n");
            appendTrades(html, trades, n - SHOWN_AT_EACH_END, n);
        }
        html.append("</table>\n");
    }

    /** Rows for trades [from, to), numbered by their 1-based position in the whole run. */
    private static void appendTrades(StringBuilder html, List<Trade> trades, int from, int to) {
        for (int i = from; i < to; i++) {
            appendTrade(html, i + 1, trades.get(i));
        }
    }

    private static void appendTrade(StringBuilder html, int number, Trade t) {
        Html.row(html, "td", Integer.toString(number), t.symbol(), t.mode(), t.direction() > 0 ? "LONG" : "SHORT",
                minute(t.entryTimeMs()), price(t.entryPrice()), minute(t.exitTimeMs()), price(t.exitPrice()),
                price(t.qty()), usd(t.grossPnlUsd()), usd(t.feesUsd()), usd(t.fundingUsd()), usd(t.netPnlUsd()),
                t.entryReason(), t.exitReason());
    }
}
