package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void toMapNamesEveryFigureInAFixedOrder() {
        Metrics m = new Metrics(new CurveMetrics(0.21, 0.21, 1.5, 3.5, 0.1, 2.1),
                new CurveMetrics(-0.01, -0.01, 0.1, 0.2, 0.1, -0.1),
                new TradeMetrics(4, 0.5, Double.POSITIVE_INFINITY, 5, -0.0125), 0.375, 5, -1);

        assertThat(m.toMap()).containsExactly(
                entry("strategy.total_return", 0.21), entry("strategy.annualised_return", 0.21),
                entry("strategy.sharpe", 1.5), entry("strategy.sortino", 3.5),
                entry("strategy.max_drawdown", 0.1), entry("strategy.calmar", 2.1),
                entry("buy_and_hold.total_return", -0.01), entry("buy_and_hold.annualised_return", -0.01),
                entry("buy_and_hold.sharpe", 0.1), entry("buy_and_hold.sortino", 0.2),
                entry("buy_and_hold.max_drawdown", 0.1), entry("buy_and_hold.calmar", -0.1),
                entry("trades", 4.0), entry("win_rate", 0.5), entry("profit_factor", Double.POSITIVE_INFINITY),
                entry("avg_trade_usd", 5.0), entry("avg_trade_return", -0.0125), entry("time_in_market", 0.375),
                entry("fees_usd", 5.0), entry("funding_usd", -1.0));
    }

    private static java.util.Map.Entry<String, Double> entry(String key, double value) {
        return java.util.Map.entry(key, value);
    }
}
