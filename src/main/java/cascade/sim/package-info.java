/**
 * A market simulator that produces believable event-level liquidation data, which real feeds rarely give:
 * a population of leveraged traders per symbol, a jump-diffusion price with a common market factor and
 * forced-order impact, and the liquidations, trades, mark prices, funding settlements and open-interest
 * snapshots that follow. Cascades emerge from the mechanism (a move crosses liquidation prices, the forced
 * orders move the price further), not from a script.
 *
 * <p>Entry points: {@link cascade.sim.SimulatedMarket} (an {@link cascade.feed.EventSource} configured by
 * {@link cascade.sim.SimConfig}); {@link cascade.sim.LiquidationTruth} and
 * {@link cascade.sim.LiquidationMapScorer} to score liquidation maps against where positions really are;
 * {@link cascade.sim.BarAggregator}, {@link cascade.sim.BarCsvWriter} and
 * {@link cascade.sim.CalibrationReport} to compare simulated bars with real ones;
 * {@link cascade.sim.BurstDetector} for cascade sizes. Model, calibration and performance:
 * docs/simulator.md.
 */
package cascade.sim;
