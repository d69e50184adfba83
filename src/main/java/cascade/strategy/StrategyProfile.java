package cascade.strategy;

import cascade.risk.RiskLimits;
import cascade.signal.LiquidationMapCard;
import cascade.map.MapConfig;
import java.util.List;

/**
 * A validated strategy profile from {@code strategies/}: its modes and risk limits, plus the source text
 * so the run store can keep exactly what ran.
 */
public record StrategyProfile(String name, String description, List<ModeProfile> modes, RiskLimits risk,
        String sourceText) {

    /**
     * The settings of the per-symbol liquidation maps: those of the profile's liquidation-map cards (the
     * loader makes sure they agree), the defaults when it has none.
     */
    public MapConfig liquidationMapConfig() {
        for (ModeProfile mode : modes) {
            for (CardSpec spec : mode.cards()) {
                if (spec.card() instanceof LiquidationMapCard map) {
                    return map.mapConfig();
                }
            }
        }
        return MapConfig.DEFAULT;
    }
}
