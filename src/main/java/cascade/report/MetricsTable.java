package cascade.report;

import cascade.model.Trade;

import static cascade.report.ReportFormat.NOT_APPLICABLE;
import static cascade.report.ReportFormat.percent;
import static cascade.report.ReportFormat.ratio;
import static cascade.report.ReportFormat.usd;

import java.util.List;

/**
 * The metrics as display rows "metric | strategy | buy &amp; hold", formatted once for both the text summary
 * and the HTML report. Trade and cost figures do not apply to buy-and-hold and show "-".
 */
final class MetricsTable {
    /** One display row. */
    record Row(String metric, String strategy, String buyAndHold) {
    }

    static final Row HEADER = new Row("metric", "strategy", "buy & hold");

    private MetricsTable() {
    }

    static List<Row> rows(Metrics m) {
        CurveMetrics s = m.strategy();
        CurveMetrics b = m.buyAndHold();
        TradeMetrics t = m.trades();
        return List.of(
                new Row("Total return", percent(s.totalReturn()), percent(b.totalReturn())),
                new Row("Annualised return (CAGR)", percent(s.annualisedReturn()), percent(b.annualisedReturn())),
                new Row("Sharpe (annualised)", ratio(s.sharpe()), ratio(b.sharpe())),
                new Row("Sortino (annualised)", ratio(s.sortino()), ratio(b.sortino())),
                new Row("Max drawdown", percent(s.maxDrawdown()), percent(b.maxDrawdown())),
                new Row("Calmar", ratio(s.calmar()), ratio(b.calmar())),
                new Row("Trades", Integer.toString(t.trades()), NOT_APPLICABLE),
                new Row("Win rate", percent(t.winRate()), NOT_APPLICABLE),
                new Row("Profit factor", ratio(t.profitFactor()), NOT_APPLICABLE),
                new Row("Average trade (USD)", usd(t.averageTradeUsd()), NOT_APPLICABLE),
                new Row("Average trade (%)", percent(t.averageTradeReturn()), NOT_APPLICABLE),
                new Row("Time in market", percent(m.timeInMarket()), percent(1)),
                new Row("Fees paid (USD)", usd(m.feesUsd()), NOT_APPLICABLE),
                new Row("Funding (USD, + received)", usd(m.fundingUsd()), NOT_APPLICABLE));
    }
}
