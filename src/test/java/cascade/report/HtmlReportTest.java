package cascade.report;

import cascade.model.Trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    /** Stand-in PNG bytes: base64 "AQID", "BAUG", "BwgJ". */
    private static final ChartImages CHARTS = new ChartImages(new byte[] {1, 2, 3}, new byte[] {4, 5, 6},
            new byte[] {7, 8, 9});

    @Test
    void showsStrategyAgainstBuyAndHold() {
        String html = render(SampleRun.result());

        assertThat(html).contains("<tr><th>metric</th><th>strategy</th><th>buy &amp; hold</th></tr>",
                "<tr><td>Total return</td><td>21.00%</td><td>-1.00%</td></tr>",
                "<tr><td>Sharpe (annualised)</td><td>1.37</td><td>0.10</td></tr>",
                "<tr><td>Sortino (annualised)</td><td>3.85</td><td>0.22</td></tr>",
                "<tr><td>Max drawdown</td><td>10.00%</td><td>10.00%</td></tr>",
                "<tr><td>Calmar</td><td>2.10</td><td>-0.10</td></tr>",
                "<tr><td>Profit factor</td><td>1.67</td><td>-</td></tr>",
                "<tr><td>Average trade (%)</td><td>-1.25%</td><td>-</td></tr>");
    }

    @Test
    void showsFactsNotesAndCounters() {
        String html = render(SampleRun.result());

        assertThat(html).contains("<tr><td>Period</td><td>2024-01-01 00:00:00 UTC to 2024-12-31 00:00:00 UTC "
                + "(365.00 days)</td></tr>", "<li>funding unknown before 2025-03-08</li>",
                "<li>skipped 2 bad lines</li>", "<tr><td>funding.settlements</td><td>12</td></tr>\n"
                        + "<tr><td>risk.denied.max_position</td><td>3</td></tr>");
    }

    @Test
    void escapesEveryPieceOfText() {
        String html = render(SampleRun.result());

        assertThat(html).contains("<title>Cascade backtest run-7: contrarian &lt;X&gt;</title>",
                "<td>capitulation &lt;X&gt;</td>").doesNotContain("<X>");
    }

    @Test
    void isSelfContainedWithThreeEmbeddedPngs() {
        String html = render(SampleRun.result());

        List<String> sources = new ArrayList<>();
        Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
        while (src.find()) {
            sources.add(src.group(1));
        }
        assertThat(sources).containsExactly("data:image/png;base64,AQID", "data:image/png;base64,BAUG",
                "data:image/png;base64,BwgJ");
        assertThat(html).doesNotContain("http:", "https:", "href=", "<link", "<script");
    }

    @Test
    void listsEachTradeWithItsNumberAndUtcTimes() {
        String html = render(SampleRun.result());

        assertThat(html).contains("<tr><td>3</td><td>BTCUSDT</td><td>swing</td><td>LONG</td>"
                + "<td>2024-05-01 16:00</td><td>200</td><td>2024-08-31 08:00</td><td>242</td>"
                + "<td>0.5</td><td>21.00</td><td>1.00</td><td>0.00</td><td>20.00</td><td>flip</td><td>stop</td></tr>");
    }

    @Test
    void fiveHundredTradesAreAllListed() {
        String html = render(SampleRun.result(numberedTrades(500)));

        assertThat(html).contains("<tr><td>1</td>", "<tr><td>250</td>", "<tr><td>500</td>")
                .doesNotContain("not shown", "trades.csv lists all");
    }

    @Test
    void moreThanFiveHundredTradesShowTheFirstAndLastHundredWithANote() {
        String html = render(SampleRun.result(numberedTrades(501)));

        assertThat(html).contains("501 trades: showing the first and the last 100; trades.csv lists all.",
                "<tr><td>1</td>", "<tr><td>100</td>", "… 301 trades not shown …", "<tr><td>402</td>",
                "<tr><td>501</td>").doesNotContain("<tr><td>101</td>", "<tr><td>401</td>");
    }

    private static String render(BacktestResult result) {
        return HtmlReport.render(result, MetricsCalculator.calculate(result), CHARTS);
    }

    private static List<Trade> numberedTrades(int n) {
        List<Trade> trades = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            trades.add(SampleRun.trade(1, 100, 1, 101, 1, 0, 0, 1, "t" + i));
        }
        return trades;
    }
}
