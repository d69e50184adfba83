/**
 * The simulated venue: fills our orders against market events so that a backtest (and later paper trading)
 * runs the same order flow as live trading. Only event time is used, so a run is reproducible bit for bit.
 *
 * <h2>Money and numbers</h2>
 * Prices and quantities are the instrument's fixed-point longs; money is USD micros. Notional, fees, slippage,
 * funding and the liquidation price are computed in double and rounded once per fill or payment (to the micro,
 * or to the nearest price unit); margin and the average entry price use integer arithmetic.
 *
 * <h2>Account</h2>
 * Isolated margin, one-way mode. Opening or increasing needs notional / leverage plus the taker fee within the
 * available balance (balance − margin of open positions), else INSUFFICIENT_MARGIN, checked when the order
 * fills. A reducing fill realises PnL and releases margin pro rata; a flip closes, then opens the rest at the
 * fill price. Long liquidation price = entry × (1 − 1/leverage + mmr), short = entry × (1 + 1/leverage − mmr);
 * the venue closes the position at exactly that price (taker fee, fill flagged as a liquidation) and cancels
 * the instrument's working orders. Funding moves the balance, not the isolated margin.
 *
 * <h2>Orders</h2>
 * Market, limit and stop-market, optionally reduce-only: clipped to the position when they fill, rejected
 * with REDUCE_ONLY_WOULD_INCREASE when they would open or increase. When a fill leaves a position flat its
 * working reduce-only orders are cancelled, so a stop and a target act as one-cancels-other. An order created
 * at t is live from t + latency. Fills are whole (no partial fills, no queue position).
 *
 * <h2>Event data</h2>
 * Trades are the price reference; mark prices too while an instrument has shown no trade. A live market order
 * fills at the next price plus slippage; a stop-market when a price reaches the stop, at that price plus
 * slippage; a limit when a price is strictly beyond it, at the limit, maker fee. Liquidation is checked
 * against the mark price when known, else the trade. A FUNDING event settles once its funding time has come.
 *
 * <h2>Bar data</h2>
 * A bar's event time is its close, when the strategy decides; orders take part in a bar only if live at its
 * open. Market orders fill at the open plus slippage. Then the price is assumed to go open → adverse extreme
 * (low for a long, high for a short, the nearer one when flat) → other extreme → close, and stops (at the stop,
 * or the open if it gapped beyond), limits (at the limit, or a better open) and our liquidation fire in the
 * order the price reaches them: a stop before a target, a stop before a liquidation beyond it. Funding settles
 * at every funding time in (open, close] with the bar's rate, at the close, on the position after the fills.
 */
package cascade.execution.sim;
