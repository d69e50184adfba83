package cascade.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.map.LeverageTiers;
import cascade.map.MapConfig;
import cascade.map.OiUnit;
import org.junit.jupiter.api.Test;

/** The liquidation-map card's settings of the estimate (taker split, margin spread, turnover, volatility). */
class LiquidationMapCardSettingsTest {
    private static final String PROFILE = """
            name: t
            modes:
              - name: bar
                cycle: bar
                windows: [1bar]
                cards:
                  capitulation: {weight: 1}
                  liquidation-map: %s
                exit: {stop: 0.02, target: 0.05, maxHold: 6bar}
            risk: {riskPerTrade: 0.02, leverage: 4}
            """;

    @Test
    void theEstimatesSettingsAreReadFromTheCard() {
        StrategyProfile p = StrategyLoader.parse("t.yml", PROFILE.formatted("{weight: 0, tiers: {10: 3, 25: 3, "
                + "50: 2, 75: 1, 100: 1, 125: 1}, halfLifeHours: 2, takerSplit: 0.5, marginSpread: 0.2, "
                + "turnover: 0.1, volAdaptation: 0.35}"));

        assertThat(p.liquidationMapConfig()).isEqualTo(new MapConfig(LeverageTiers.estimated(), 0.001, OiUnit.COINS,
                7_200_000, 0.5, 0.2, 0.1, 0.35));
        assertThat(p.liquidationMapConfig().withTakerSplit(0)).isEqualTo(MapConfig.ESTIMATE);
    }

    @Test
    void withoutThemTheCardIsThePlainMap() {
        StrategyProfile p = StrategyLoader.parse("t.yml", PROFILE.formatted("{weight: 0}"));

        assertThat(p.liquidationMapConfig()).isEqualTo(MapConfig.DEFAULT);
        assertThat(p.liquidationMapConfig().marginSpread()).isZero();
    }

    @Test
    void outOfRangeSettingsNameTheKey() {
        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", PROFILE.formatted("{turnover: 1.5}")))
                .hasMessageContaining("turnover");
    }
}
