package cascade.risk;

import cascade.market.Instrument;

/**
 * Sizes an entry from account equity, the risk per trade and the stop distance, scaled by the signal's
 * confidence: at full confidence a stop-out loses {@code riskPerTrade} of equity; at half confidence,
 * half of that. The notional is capped by the leverage and per-symbol limits.
 * <p>
 * Computed in doubles, then floored to the instrument's quantity unit: the result is within one unit of
 * the exact floor, and equal to it unless the exact quantity lies within about 1e-15 (relative) of a unit
 * boundary — far below any lot step. A size too large for a quantity unit count is refused (0), never
 * saturated.
 */
public final class PositionSizer {
    private final RiskLimits limits;

    public PositionSizer(RiskLimits limits) {
        this.limits = limits;
    }

    /**
     * @param equityUsd account equity
     * @param priceUnits reference price in the instrument's fixed point
     * @param stopFraction stop distance as a fraction of price
     * @param confidence signal confidence in [0, 1]
     * @return quantity in the instrument's fixed point, rounded down; 0 when too small to trade
     */
    public long size(Instrument inst, double equityUsd, long priceUnits, double stopFraction, double confidence) {
        if (equityUsd <= 0 || priceUnits <= 0 || stopFraction <= 0 || confidence <= 0) {
            return 0;
        }
        double notional = equityUsd * limits.riskPerTrade() * Math.min(1, confidence) / stopFraction;
        notional = Math.min(notional, equityUsd * Math.min(limits.maxLeverage(), limits.leverage()) * 0.95);
        notional = Math.min(notional, limits.maxNotionalPerSymbolUsd());
        double units = Math.floor(notional / inst.price(priceUnits) * cascade.market.Fixed.pow10(inst.qtyScale()));
        return units >= 9.0e18 ? 0 : (long) units;
    }
}
