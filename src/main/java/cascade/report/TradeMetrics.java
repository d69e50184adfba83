package cascade.report;

/**
 * Figures of the closed round trips of a run, from each trade's net PnL (after fees and funding).
 *
 * @param trades number of closed trades
 * @param winRate share of trades with net PnL &gt; 0; NaN without trades
 * @param profitFactor sum of winning net PnL / |sum of losing net PnL|; +Infinity with wins but no losses,
 *        NaN with neither
 * @param averageTradeUsd mean net PnL in USD; NaN without trades
 * @param averageTradeReturn mean of net PnL / entry notional (|qty| × entry price); NaN without trades
 */
public record TradeMetrics(int trades, double winRate, double profitFactor, double averageTradeUsd,
        double averageTradeReturn) {
}
