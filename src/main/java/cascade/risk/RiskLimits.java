package cascade.risk;

/**
 * Sizing inputs and the hard limits checked before any order leaves.
 *
 * @param riskPerTrade fraction of equity lost if the stop is hit at full confidence
 * @param leverage isolated-margin leverage set on the venue
 * @param maxLeverage total open notional / equity may not exceed this
 * @param maxNotionalPerSymbolUsd cap per symbol
 * @param maxNotionalTotalUsd cap across symbols
 * @param maxOpenPositions positions open at once
 * @param maxOrdersPerMinute new-entry orders per minute of event time (exits are never throttled)
 * @param priceBand max |price − mark| / mark of every limit or stop price an entry brings with it (its own,
 *     and the stop and target that will protect it), and of the last trade for a market order
 * @param dailyLossLimit equity loss since the UTC day's start that switches to REDUCING, then HALTED
 * @param maxPriceAgeMs no entry when the symbol's last trade and mark are both older than this; 0 = off
 */
public record RiskLimits(double riskPerTrade, int leverage, double maxLeverage, double maxNotionalPerSymbolUsd,
        double maxNotionalTotalUsd, int maxOpenPositions, int maxOrdersPerMinute, double priceBand,
        double dailyLossLimit, long maxPriceAgeMs) {
}
