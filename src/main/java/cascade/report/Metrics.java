package cascade.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All headline figures of one backtest: the strategy's curve and buy-and-hold's over the same samples, the
 * trade figures and the run's costs. Computed by {@link MetricsCalculator}.
 *
 * @param timeInMarket fraction of the run with an open position
 * @param feesUsd total fees paid in USD
 * @param fundingUsd net funding in USD, signed: + received, − paid
 */
public record Metrics(CurveMetrics strategy, CurveMetrics buyAndHold, TradeMetrics trades, double timeInMarket,
        double feesUsd, double fundingUsd) {

    /**
     * The figures by stable snake_case name, in a fixed order, for storing with the run. Values may be NaN
     * (undefined) or +Infinity (profit factor without losses).
     */
    public Map<String, Double> toMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        putCurve(map, "strategy.", strategy);
        putCurve(map, "buy_and_hold.", buyAndHold);
        putTradesAndCosts(map);
        return map;
    }

    /**
     * The strategy's figures for the store's {@code STRATEGY} series: its curve (total_return, sharpe …
     * without a prefix), the trade figures and the costs.
     */
    public Map<String, Double> strategyMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        putCurve(map, "", strategy);
        putTradesAndCosts(map);
        return map;
    }

    /** Buy-and-hold's curve figures under the same names, for the store's {@code BUY_HOLD} series. */
    public Map<String, Double> buyAndHoldMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        putCurve(map, "", buyAndHold);
        return map;
    }

    private void putTradesAndCosts(Map<String, Double> map) {
        map.put("trades", (double) trades.trades());
        map.put("win_rate", trades.winRate());
        map.put("profit_factor", trades.profitFactor());
        map.put("avg_trade_usd", trades.averageTradeUsd());
        map.put("avg_trade_return", trades.averageTradeReturn());
        map.put("time_in_market", timeInMarket);
        map.put("fees_usd", feesUsd);
        map.put("funding_usd", fundingUsd);
    }

    private static void putCurve(Map<String, Double> map, String prefix, CurveMetrics curve) {
        map.put(prefix + "total_return", curve.totalReturn());
        map.put(prefix + "annualised_return", curve.annualisedReturn());
        map.put(prefix + "sharpe", curve.sharpe());
        map.put(prefix + "sortino", curve.sortino());
        map.put(prefix + "max_drawdown", curve.maxDrawdown());
        map.put(prefix + "calmar", curve.calmar());
    }
}
