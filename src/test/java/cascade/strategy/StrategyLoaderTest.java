package cascade.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.config.ConfigException;
import cascade.signal.CapitulationCard;
import cascade.signal.LiquidationMapCard;
import cascade.map.LeverageTiers;
import cascade.map.MapConfig;
import cascade.map.OiUnit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StrategyLoaderTest {
    private static final String VALID = """
            name: t
            modes:
              - name: bar
                cycle: bar
                windows: [1bar, 3bar]
                cards:
                  imbalance: {weight: 0}
                  capitulation: {weight: 1, high: 0.85, volumeMultiple: 3, baselineWindows: 10}
                exit: {stop: 0.02, target: 0.05, maxHold: 6bar}
            risk: {riskPerTrade: 0.02, leverage: 4}
            """;

    @Test
    void shippedProfileLoads() {
        StrategyProfile p = StrategyLoader.load(Path.of("strategies/capitulation-4h.yml"));

        assertThat(p.name()).isEqualTo("capitulation-4h");
        assertThat(p.modes()).hasSize(1);
        ModeProfile bar = p.modes().get(0);
        assertThat(bar.isBarCycle()).isTrue();
        assertThat(bar.cards()).extracting(c -> c.card().name()).containsExactly("imbalance", "capitulation");
        assertThat(bar.exit().maxHold().resolve(4 * 3_600_000L)).isEqualTo(6 * 4 * 3_600_000L);
        assertThat(p.risk().riskPerTrade()).isEqualTo(0.01);
    }

    @Test
    void readsEveryValueAndFillsDefaults() {
        StrategyProfile p = StrategyLoader.parse("t.yml", VALID);

        ModeProfile m = p.modes().get(0);
        assertThat(m.windows()).extracting(s -> s.bars()).containsExactly(1, 3);
        assertThat(m.entryThreshold()).isEqualTo(0.5);
        assertThat(m.exit().stopFraction()).isEqualTo(0.02);
        assertThat(m.exit().onOppositeSignal()).isTrue();
        CapitulationCard c = (CapitulationCard) m.cards().get(1).card();
        assertThat(c.baselineWindows()).isEqualTo(10);
        assertThat(p.risk().leverage()).isEqualTo(4);
        assertThat(p.risk().maxOpenPositions()).isEqualTo(10);
    }

    @Test
    void outOfRangeValueNamesFileKeyAndRange() {
        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", VALID.replace("high: 0.85", "high: 1.3")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("t.yml: modes[0].cards.capitulation.high: must be in [0.5001, 0.9999], was 1.3");
    }

    @Test
    void typoIsAnErrorNotASilentDefault() {
        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", VALID.replace("target:", "tagret:")))
                .hasMessage("t.yml: modes[0].exit.tagret: is not a known key here");
    }

    @Test
    void unknownCardListsTheKnownOnes() {
        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", VALID.replace("imbalance:", "imbalanse:")))
                .hasMessage("t.yml: modes[0].cards.imbalanse: unknown card; known cards: [imbalance, capitulation, "
                        + "flip, pressure, oi-change, funding, cross-venue, liquidation-map]");
    }

    @Test
    void badSpanIsExplained() {
        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", VALID.replace("maxHold: 6bar", "maxHold: 6x")))
                .hasMessage("t.yml: modes[0].exit.maxHold: '6x' is not a span (use 250ms, 30s, 5m, 1h, 1d or 3bar)");
    }

    @Test
    void textWhereANumberBelongs() {
        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", VALID.replace("leverage: 4", "leverage: four")))
                .hasMessage("t.yml: risk.leverage: must be a whole number in [1, 125], was 'four'");
    }

    @Test
    void missingRequiredKey() {
        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", VALID.replace("    cycle: bar\n", "")))
                .hasMessage("t.yml: modes[0].cycle: is required (text)");
    }

    @Test
    void everyCardWeightZeroIsRejected() {
        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", VALID.replace("{weight: 1,", "{weight: 0,")))
                .hasMessage("t.yml: modes[0].cards: at least one card needs a weight above 0");
    }

    @Test
    void liquidationMapCardReadsItsMapSettings() {
        StrategyProfile p = StrategyLoader.parse("t.yml", VALID.replace("imbalance: {weight: 0}",
                "liquidation-map: {tiers: {10: 3, 25: 1}, mmr: 0.005, bucket: 0.002, oiUnit: usd, "
                        + "halfLifeHours: 24, distance: 0.05, minOiSamples: 6}"));

        LiquidationMapCard card = (LiquidationMapCard) p.modes().get(0).cards().get(0).card();
        MapConfig expected = new MapConfig(new LeverageTiers(new double[] {10, 25}, new double[] {3, 1}, 0.005),
                0.002, OiUnit.USD, 24 * 3_600_000L);
        assertThat(card.mapConfig()).isEqualTo(expected);
        assertThat(card.distance()).isEqualTo(0.05);
        assertThat(card.minOiSamples()).isEqualTo(6);
        assertThat(p.liquidationMapConfig()).isEqualTo(expected);
    }

    @Test
    void liquidationMapDefaults() {
        StrategyProfile p = StrategyLoader.parse("t.yml", VALID.replace("imbalance: {weight: 0}",
                "liquidation-map: {weight: 0}"));

        LiquidationMapCard card = (LiquidationMapCard) p.modes().get(0).cards().get(0).card();
        assertThat(card.mapConfig()).isEqualTo(MapConfig.DEFAULT);
        assertThat(card.distance()).isEqualTo(0.03);
        assertThat(card.minOiSamples()).isEqualTo(12);
        assertThat(StrategyLoader.parse("t.yml", VALID).liquidationMapConfig()).isEqualTo(MapConfig.DEFAULT);
    }

    @Test
    void leverageTierLiquidatedAtItsOwnEntryIsRejected() {
        String bad = VALID.replace("imbalance: {weight: 0}", "liquidation-map: {tiers: {10: 1, 300: 1}}");

        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", bad)).isInstanceOf(ConfigException.class)
                .hasMessage("t.yml: modes[0].cards.liquidation-map.tiers: leverage 300.0 must be at least 1 and "
                        + "below 1/mmr");
    }

    @Test
    void tierKeyMustBeALeverage() {
        String bad = VALID.replace("imbalance: {weight: 0}", "liquidation-map: {tiers: {ten: 1}}");

        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", bad))
                .hasMessage("t.yml: modes[0].cards.liquidation-map.tiers.ten: tier keys are leverages with their "
                        + "weight, e.g. {10: 3, 25: 1}");
    }

    @Test
    void unknownOpenInterestUnit() {
        String bad = VALID.replace("imbalance: {weight: 0}", "liquidation-map: {oiUnit: btc}");

        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", bad))
                .hasMessage("t.yml: modes[0].cards.liquidation-map.oiUnit: open-interest unit must be 'coins' or "
                        + "'usd', was 'btc'");
    }

    @Test
    void liquidationMapCardsOfAllModesMustDescribeOneMap() {
        String mode = """
                  - name: %s
                    cycle: bar
                    windows: [1bar]
                    cards:
                      liquidation-map: {weight: 1, bucket: %s}
                    exit: {maxHold: 6bar}
                """;
        String twoModes = "name: t\nmodes:\n" + mode.formatted("a", "0.001") + mode.formatted("b", "0.002");

        assertThatThrownBy(() -> StrategyLoader.parse("t.yml", twoModes))
                .hasMessage("t.yml: modes[1].cards.liquidation-map: tiers, mmr, bucket, oiUnit and halfLifeHours "
                        + "must match the other liquidation-map cards (one map per symbol)");
    }
}
