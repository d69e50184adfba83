package cascade.execution.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Binance USDⓈ-M BTCUSDT leverage brackets; money in USD micros. */
class MaintenanceTiersTest {
    private static final MaintenanceTiers BTC = MaintenanceTiers.BINANCE_BTCUSDT;
    private static final long USD = 1_000_000L;

    @Test
    void derivedMaintenanceAmountsAreBinancesPublishedOnes() {
        long[] published = {0, 50, 950, 11_450, 131_450, 481_450, 2_981_450, 14_481_450, 26_481_450, 41_481_450,
                121_481_450, 421_481_450};
        assertThat(BTC.size()).isEqualTo(published.length);
        for (int k = 0; k < published.length; k++) {
            assertThat(BTC.amountUsd(k)).as("bracket %d", k + 1).isEqualTo(published[k] * USD);
        }
    }

    @Test
    void theNotionalPicksTheBracketFromItsFloor() {
        assertThat(BTC.bracket(0)).isZero();
        assertThat(BTC.bracket(50_000 * USD - 1)).isZero();
        assertThat(BTC.bracket(50_000 * USD)).isEqualTo(1);
        assertThat(BTC.bracket(599_999 * USD)).isEqualTo(1);
        assertThat(BTC.bracket(600_000 * USD)).isEqualTo(2);
        assertThat(BTC.bracket(5_000_000_000L * USD)).isEqualTo(11);
        assertThat(BTC.rate(2)).isEqualTo(0.0065);
    }

    @Test
    void maintenanceMarginIsContinuousAcrossABracketBoundary() {
        // 50 000 × 0.4 % = 200 = 50 000 × 0.5 % − 50; 100 000 × 0.5 % − 50 = 450
        assertThat(BTC.maintenanceUsd(50_000 * USD - 1)).isEqualTo(200 * USD);
        assertThat(BTC.maintenanceUsd(50_000 * USD)).isEqualTo(200 * USD);
        assertThat(BTC.maintenanceUsd(100_000 * USD)).isEqualTo(450 * USD);
        // 3 000 000 × 1 % − 11 450 = 18 550 = 3 000 000 × 0.65 % − 950
        assertThat(BTC.maintenanceUsd(3_000_000 * USD)).isEqualTo(18_550 * USD);
    }

    @Test
    void aFlatRateIsOneBracketAndBadTablesAreNamed() {
        MaintenanceTiers flat = MaintenanceTiers.flat(0.004);
        assertThat(flat.size()).isEqualTo(1);
        assertThat(flat.maintenanceUsd(1_000_000 * USD)).isEqualTo(4_000 * USD);
        assertThatThrownBy(() -> MaintenanceTiers.flat(0.5))
                .hasMessage("venue.maintenanceMarginRate must be a fraction in [0, 0.5), was 0.5");
        assertThatThrownBy(() -> new MaintenanceTiers(new long[] {0, 10}, new double[] {0.01, 0.005}))
                .hasMessage("venue.maintenanceTiers: floors must start at 0 and ascend, rates must not decrease "
                        + "(bracket 2)");
    }
}
