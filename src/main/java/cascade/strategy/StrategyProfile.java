package cascade.strategy;

import cascade.risk.RiskLimits;
import java.util.List;

/**
 * A validated strategy profile from {@code strategies/}: its modes and risk limits, plus the source text
 * so the run store can keep exactly what ran.
 */
public record StrategyProfile(String name, String description, List<ModeProfile> modes, RiskLimits risk,
        String sourceText) {
}
