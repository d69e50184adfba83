package cascade.execution.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Settings are checked once, with a message that names the setting and what is allowed. */
class VenueConfigTest {
    private static final VenueConfig DEFAULTS = VenueConfig.defaults(10_000_000_000L);

    @Test
    void defaultsAreBinanceUsdmRegularTier() {
        assertThat(DEFAULTS.fees()).isEqualTo(new FeeModel(0.0002, 0.0005));
        assertThat(DEFAULTS.slippage()).isEqualTo(new SlippageModel(2.0, 0.0, 60_000));
        assertThat(DEFAULTS.latencyMs()).isZero();
        assertThat(DEFAULTS.maintenanceMarginRate()).isEqualTo(0.004);
        assertThat(DEFAULTS.defaultLeverage()).isEqualTo(10);
        assertThat(DEFAULTS.fundingIntervalMs()).isEqualTo(28_800_000L);
        assertThat(DEFAULTS.maintenance()).isEqualTo(MaintenanceTiers.BINANCE_BTCUSDT);
        assertThat(DEFAULTS.impact()).isEqualTo(ImpactModel.NONE);
        assertThat(DEFAULTS.liquidationFeeRate()).isEqualTo(0.0125);
        assertThat(DEFAULTS.limitFillShare()).isEqualTo(1.0);
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> VenueConfig.defaults(0))
                .hasMessage("venue.initialBalanceUsd must be > 0 USD, was 0.0");
        assertThatThrownBy(() -> DEFAULTS.withLatencyMs(-1))
                .hasMessage("venue.latencyMs must be in [0, 86400000], was -1");
        assertThatThrownBy(() -> DEFAULTS.withMaintenanceMarginRate(Double.NaN))
                .hasMessage("venue.maintenanceMarginRate must be a fraction in [0, 0.5), was NaN");
        assertThatThrownBy(() -> DEFAULTS.withDefaultLeverage(126))
                .hasMessage("venue.defaultLeverage must be in 1..125, was 126");
        assertThatThrownBy(() -> DEFAULTS.withMaintenanceMarginRate(0.01).withDefaultLeverage(100))
                .hasMessage("venue.defaultLeverage 100 × maintenance margin rate 0.01 must stay below 1, "
                        + "else a position is liquidated at entry");
        assertThatThrownBy(() -> DEFAULTS.withFundingIntervalMs(7 * 3_600_000L))
                .hasMessage("venue.fundingIntervalMs must be > 0 and divide a day (8 h = 28800000), was 25200000");
        assertThatThrownBy(() -> new FeeModel(Double.NaN, 0.0005))
                .hasMessage("fees.makerRate must be a fraction in [-0.001, 0.01] (0.0002 = 0.02 %), was NaN");
        assertThatThrownBy(() -> new FeeModel(0.0002, 0.05))
                .hasMessage("fees.takerRate must be a fraction in [0, 0.01] (0.0005 = 0.05 %), was 0.05");
        assertThatThrownBy(() -> DEFAULTS.withLiquidationFeeRate(0.06))
                .hasMessage("venue.liquidationFeeRate must be a fraction in [0, 0.05] (0.0125 = 1.25 %), was 0.06");
        assertThatThrownBy(() -> DEFAULTS.withLimitFillShare(0))
                .hasMessage("venue.limitFillShare must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> new SlippageModel(-1, 0, 60_000))
                .hasMessage("slippage.fixedBps must be in [0, 1000.0], was -1.0");
    }

    @Test
    void oneHourFundingIsAllowed() {
        assertThat(DEFAULTS.withFundingIntervalMs(3_600_000L).fundingIntervalMs()).isEqualTo(3_600_000L);
    }
}
