package cascade.report;

import cascade.model.Trade;

import java.util.List;

/** Computes {@link Metrics} from a finished run: pure arithmetic on its series and trades. */
public final class MetricsCalculator {
    private MetricsCalculator() {
    }

    /** Strategy and buy-and-hold curves share the result's {@code periodsPerYear}; costs come from the result. */
    public static Metrics calculate(BacktestResult result) {
        return new Metrics(curve(result.equity(), result.periodsPerYear()),
                curve(result.buyAndHold(), result.periodsPerYear()), trades(result.trades()),
                result.timeInMarketFraction(), result.feesUsd(), result.fundingUsd());
    }

    /**
     * Figures of one equity curve; its elapsed time is from its first to its last sample. See
     * {@link ReturnStatistics} for each formula.
     *
     * @param periodsPerYear how many samples make a year, for annualising Sharpe and Sortino
     */
    public static CurveMetrics curve(Series equity, double periodsPerYear) {
        int n = equity.size();
        if (n == 0) {
            return new CurveMetrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] values = equity.values();
        double[] returns = ReturnStatistics.periodReturns(values);
        double total = ReturnStatistics.totalReturn(values[0], values[n - 1]);
        long elapsedMs = equity.time(n - 1) - equity.time(0);
        double annualised = ReturnStatistics.annualised(total, elapsedMs);
        double maxDrawdown = ReturnStatistics.maxDrawdown(values);
        // every annualised figure is n/a under a month: a few hours' Sharpe scaled to a year is no forecast
        boolean annualisable = elapsedMs >= ReturnStatistics.MIN_ANNUALISED_MS;
        return new CurveMetrics(total, annualised,
                annualisable ? ReturnStatistics.sharpe(returns, periodsPerYear) : Double.NaN,
                annualisable ? ReturnStatistics.sortino(returns, periodsPerYear) : Double.NaN, maxDrawdown,
                ReturnStatistics.calmar(annualised, maxDrawdown));
    }

    /** Trade figures from net PnL; a trade with net PnL exactly 0 is neither a win nor a loss. */
    public static TradeMetrics trades(List<Trade> trades) {
        int n = trades.size();
        double wins = 0;
        double losses = 0;
        int winCount = 0;
        double returnSum = 0;
        for (Trade t : trades) {
            double net = t.netPnlUsd();
            if (net > 0) {
                wins += net;
                winCount++;
            } else {
                losses -= net;
            }
            returnSum += net / Math.abs(t.qty() * t.entryPrice());
        }
        double profitFactor = losses > 0 ? wins / losses : (wins > 0 ? Double.POSITIVE_INFINITY : Double.NaN);
        double perTrade = n == 0 ? Double.NaN : 1.0 / n;
        return new TradeMetrics(n, winCount * perTrade, profitFactor, (wins - losses) * perTrade,
                returnSum * perTrade);
    }
}
