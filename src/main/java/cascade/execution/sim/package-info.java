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
 * fill price. Maintenance margin comes in brackets by notional ({@link cascade.execution.sim.MaintenanceTiers};
 * default: Binance USDⓈ-M BTCUSDT leverage brackets, 0.4 % up to 50 000 USD, 0.5 % to 600 000 with a
 * maintenance amount of 50, … ; a spec may set one flat rate instead): with the bracket of the position's entry
 * notional, long liquidation price = entry × (1 − 1/leverage + rate) − amount/|qty|, short = entry × (1 +
 * 1/leverage − rate) + amount/|qty|, i.e. where the remaining margin equals the maintenance margin of the entry
 * notional (Binance evaluates it at the mark instead, a difference below rate/leverage of the price). The
 * venue closes the position at exactly that price (fill flagged as a liquidation), cancels the instrument's
 * working orders and charges the liquidation clearance fee instead of a trading fee: liquidationFeeRate
 * (default 1.25 %, Binance's for BTCUSDT) × the notional closed, but at most what is left of the position's
 * margin after the loss, so an isolated liquidation never costs more than the margin. Funding moves the
 * balance, not the isolated margin.
 *
 * <h2>Orders</h2>
 * Market, limit and stop-market, optionally reduce-only: clipped to the position when they fill, rejected
 * with REDUCE_ONLY_WOULD_INCREASE when they would open or increase. When a fill leaves a position flat its
 * working reduce-only orders are cancelled, so a stop and a target act as one-cancels-other. An order created
 * at t is live from t + latency. On event data orders fill in parts (below); a reduce-only order larger than
 * the position fills what the position allows and has its rest cancelled. A margin reject after some pieces
 * ends the rest of the order. Every piece is a FILL of its own: its own trade id, its fee on its own notional.
 *
 * <h2>Event data</h2>
 * Trades are the price reference; mark prices too while an instrument has shown no trade. Each trade offers its
 * traded quantity ({@link cascade.execution.sim.TradeLiquidity}), shared by our live orders in priority order
 * (markets, then stops, then limits; submission order within a kind): an order takes at most what is left of
 * the print, and its rest continues on later trades. A live market order fills at the trade price plus
 * slippage and impact; a stop-market is triggered when a price reaches the stop and from then on fills like a
 * market order, on that trade and the following ones, wherever they print; a limit fills at its limit, maker fee,
 * only from trades strictly through it (buy: below), at most the print's quantity × limitFillShare (default 1;
 * less is a haircut for the queue ahead of us at that price), the rest keeps resting. A trade without a
 * quantity fills nothing. A mark price carries no volume: orders it matches (before the first trade) fill whole.
 * <p>
 * Impact ({@link cascade.execution.sim.ImpactModel}, spec keys {@code impactBps} and {@code impactModel}, off by
 * default): every piece moves further against the taker by impactBps × √(orderNotional / recentVolume)
 * (sqrt, the default shape) or impactBps × orderNotional / recentVolume (linear) basis points, where
 * orderNotional is the whole order at the piece's price and recentVolume the USD traded on the instrument in the
 * previous complete minute ({@link cascade.execution.sim.SlippageModel#volumeWindowMs}); none while that volume
 * is unknown or zero; rounded to the price unit apart from the fixed slippage. Liquidation is checked against
 * the mark price when known, else the trade. A FUNDING event settles once its funding time has come.
 *
 * <h2>Bar data</h2>
 * A bar's event time is its close, when the strategy decides; orders take part in a bar only if live at its
 * open. Orders fill whole there: bars carry no per-print quantities, and these conservative rules stay as they
 * were (impact applies only if a spec sets it, against the previous bar's volume; every bar spec leaves it off).
 * Market orders fill at the open plus slippage. Then the price is assumed to go open → adverse extreme
 * (low for a long, high for a short, the nearer one when flat) → other extreme → close, and stops (at the stop,
 * or the open if it gapped beyond), limits (at the limit, or a better open) and our liquidation fire in the
 * order the price reaches them: a stop before a target, a stop before a liquidation beyond it. Funding settles
 * at every funding time in (open, close] with the bar's rate, at the close, on the position after the fills.
 */
package cascade.execution.sim;
