/**
 * The simulated venue: fills our orders against market events so that a backtest (and later paper trading)
 * runs the same order flow as live trading. Only event time is used, so a run is reproducible bit for bit.
 *
 * <h2>Money and numbers</h2>
 * Prices and quantities are the instrument's fixed-point longs; money is USD micros ({@code Fixed.USD_SCALE});
 * rates (fees, funding, maintenance margin) are longs in units of 1e-10 ({@code Fixed.RATE_SCALE}), converted once
 * from the configured fractions. Notional, fees, funding, realised and unrealised PnL, added and released margin,
 * the average entry price and the liquidation price are exact integer arithmetic with 128-bit (192-bit for
 * qty × price × rate) intermediates ({@code Fixed.multiplyDivide} and friends), so no realistic size overflows
 * (a result only has to fit a long: 9.2e12 USD), and none of this arithmetic allocates.
 * <p>
 * <b>One rounding rule: half away from zero</b> (BigDecimal's HALF_UP), applied once per quantity computed:
 * +2.5 micros → 3, −2.5 → −3. Signed amounts are rounded by magnitude and then signed, so a gain and the same
 * loss, a fee and the same rebate, funding paid and received, are mirror images. For prices (always positive)
 * this is plain half up. The notional of a fill is qty × price rounded once to the micro; a fee is that
 * notional × rate rounded once (so within 0.5 micro of the notional's own fee, and 1 micro of qty × price × rate),
 * added margin that notional / leverage rounded once. Funding is qty × mark × rate rounded once, realised and
 * unrealised PnL |qty| × |price change| rounded once, released margin margin × closed / held rounded once.
 * <p>
 * The one double left is the slippage move ({@link cascade.execution.sim.SlippageModel}: bps and the impact
 * ratio), within one price unit of the exact move and equal to it except within 7e-16 × move of a half unit.
 * Double inputs enter through {@code Fixed.fromDouble} (half away from zero of value × 10^scale).
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
