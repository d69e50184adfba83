package cascade.report;

/**
 * Return and risk figures of one equity curve (the strategy's or buy-and-hold's), all fractions or plain
 * ratios; NaN where undefined. Formulas: {@link ReturnStatistics}.
 *
 * @param totalReturn last / first − 1
 * @param annualisedReturn CAGR over the curve's elapsed event time, 365-day year
 * @param sharpe annualised Sharpe ratio of per-period simple returns, risk-free 0
 * @param sortino annualised Sortino ratio, downside deviation over all periods
 * @param maxDrawdown largest peak-to-trough fall as a fraction of the peak
 * @param calmar annualisedReturn / maxDrawdown
 */
public record CurveMetrics(double totalReturn, double annualisedReturn, double sharpe, double sortino,
        double maxDrawdown, double calmar) {
}
