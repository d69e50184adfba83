package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimConfigTest {

    @Test
    void defaultsAreTwentyOneSymbolsForOneDayFromNewYear2025() {
        SimConfig config = SimConfig.defaults(42);

        assertThat(config.symbols()).hasSize(21);
        assertThat(config.symbols().subList(0, 3)).extracting(SymbolSpec::symbol)
                .containsExactly("BTCUSDT", "ETHUSDT", "SOLUSDT");
        assertThat(config.startMs()).isEqualTo(1_735_689_600_000L);
        assertThat(config.endMs()).isEqualTo(1_735_689_600_000L + 86_400_000L);
        assertThat(config.leverage().maxLeverage()).isEqualTo(125);
        assertThat(config.leverage().share(10, 25)).isEqualTo(0.64);
    }

    @Test
    void priceAndQuantityScalesFollowThePriceLevel() {
        SymbolSpec btc = DefaultSymbols.first(1).get(0);
        SymbolSpec pepe = DefaultSymbols.first(21).get(20);

        // 95 000 has five integer digits: 6 - 4 = 2 decimals; 0.0055: 6 - (-3) = 9 decimals
        assertThat(btc.priceScale()).isEqualTo(2);
        assertThat(btc.qtyScale()).isEqualTo(6);
        assertThat(pepe.symbol()).isEqualTo("1000PEPEUSDT");
        assertThat(pepe.priceScale()).isEqualTo(9);
        assertThat(pepe.qtyScale()).isEqualTo(0);
    }

    @Test
    void moreThanTwentyOneSymbolsAddSyntheticAlts() {
        SimConfig config = SimConfig.defaults(1).withSymbolCount(23);

        assertThat(config.symbols().get(21).symbol()).isEqualTo("ALT22USDT");
        assertThat(config.symbols().get(22).symbol()).isEqualTo("ALT23USDT");
    }

    @Test
    void listsEveryBadKeyWithWhatIsAllowedInOneMessage() {
        SimConfig defaults = SimConfig.defaults(1);

        assertThatThrownBy(() -> new SimConfig(1, defaults.startMs() + 1, 1500, 300, 1000, 5000, 0, 0.5,
                defaults.symbols(), defaults.leverage(), defaults.market(), defaults.traders(), defaults.impact(),
                defaults.funding(), List.of(new PriceShock(0, "NOPEUSDT", -5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid simulator config: ")
                .hasMessageContaining("sim.startMs: must be a whole second, was 1735689600001")
                .hasMessageContaining("sim.stepMs: must divide 1000 and be at least 50, was 300")
                .hasMessageContaining("sim.tradeSampling: must be in (0, 1], was 0.0")
                .hasMessageContaining("sim.maintenanceMargin: must be in (0, 1/max leverage = 0.008), was 0.5")
                .hasMessageContaining("sim.shocks[0].symbol: must be '*' or one of the simulated symbols, was 'NOPEUSDT'");
    }

    @Test
    void rejectsDuplicateSymbolsAndBadSymbolFields() {
        SymbolSpec btc = DefaultSymbols.first(1).get(0);
        SymbolSpec broken = new SymbolSpec("btc", -1, 0.5, 1.5, 1, 1, 0, 1, 1);

        assertThatThrownBy(() -> SimConfig.defaults(1).withSymbols(List.of(btc, btc, broken)))
                .hasMessageContaining("sim.symbols[1]: duplicate symbol BTCUSDT")
                .hasMessageContaining("sim.symbols[2].symbol: must be 2-20 upper-case letters or digits, was 'btc'")
                .hasMessageContaining("sim.symbols[2].startPrice: must be in [1.0E-6, 1.0E7], was -1.0")
                .hasMessageContaining("sim.symbols[2].marketBeta: must be in [0.0, 1.0], was 1.5")
                .hasMessageContaining("sim.symbols[2].traders: must be in [1, 1000000], was 0");
    }

    @Test
    void leverageTableSamplesByCumulativeWeight() {
        LeverageDistribution d = new LeverageDistribution(new int[] {5, 20, 100}, new double[] {1, 2, 1});

        assertThat(d.sample(0.0)).isEqualTo(5);
        assertThat(d.sample(0.2499)).isEqualTo(5);
        assertThat(d.sample(0.25)).isEqualTo(20);
        assertThat(d.sample(0.7499)).isEqualTo(20);
        assertThat(d.sample(0.75)).isEqualTo(100);
        assertThat(d.sample(0.9999)).isEqualTo(100);
    }
}
