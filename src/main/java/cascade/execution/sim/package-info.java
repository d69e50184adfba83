/**
 * The simulated venue: fills our orders against market events so a backtest (and later paper trading) runs
 * the same order flow as live trading. Everything is driven by event time, so runs are reproducible.
 *
 * <h2>Money and numbers</h2>
 * Prices and quantities are the instrument's fixed-point longs; money is USD micros. Notional, fees, slippage,
 * funding and the liquidation price are computed in double and rounded once per fill or payment (to the micro,
 * or to the price unit); margin and average entry price use exact integer arithmetic.
 *
 * <h2>Account</h2>
 * Isolated margin, one-way mode. Opening or increasing a position needs notional / leverage plus the taker fee
 * within the available balance (balance − margin of open positions), else INSUFFICIENT_MARGIN. A fill that
 * reduces realises PnL and releases margin pro rata; a flip closes, then opens the rest at the fill price.
 * Long liquidation price = entry × (1 − 1/leverage + mmr), short = entry × (1 + 1/leverage − mmr); the venue
 * then closes the position at that price (taker fee, fill flagged as a liquidation) and cancels the
 * instrument's working orders. Funding moves the balance, not the isolated margin.
 *
 * <h2>Orders</h2>
 * Market, limit, stop-market, optionally reduce-only: clipped to the position, rejected with
 * REDUCE_ONLY_WOULD_INCREASE when it would open or increase; when a fill leaves a position flat, its working
 * reduce-only orders are cancelled, so a stop and a target behave as one-cancels-other. An order created at t is
 * live from t + latency. Fills are complete (no partial fills, no queue position). Fill rules:
 * {@link cascade.execution.sim.TickMatcher} for trades and mark prices,
 * {@link cascade.execution.sim.BarMatcher} for bars (conservative: the adverse extreme first, stop before
 * target).
 */
package cascade.execution.sim;
