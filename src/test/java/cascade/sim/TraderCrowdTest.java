package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Side;
import org.junit.jupiter.api.Test;

class TraderCrowdTest {
    private final SimConfig config = SimConfig.defaults(1);
    private final TraderCrowd crowd = new TraderCrowd(config, config.symbols().get(0), 0);

    @Test
    void liquidationPriceIsEntryMinusMarginLessMaintenanceForALong() {
        // 10x: margin 10 %, maintenance 0.4 %: liquidated 9.6 % below the entry
        assertThat(crowd.liquidationPrice(Side.BUY, 10_000_000, 0.1)).isEqualTo(9_040_000);
    }

    @Test
    void liquidationPriceIsEntryPlusMarginLessMaintenanceForAShort() {
        // 100x: margin 1 %, maintenance 0.4 %: liquidated 0.6 % above the entry
        assertThat(crowd.liquidationPrice(Side.SELL, 10_000_000, 0.01)).isEqualTo(10_060_000);
    }

    @Test
    void liquidationPriceStaysAtLeastOneUnitFromTheEntry() {
        assertThat(crowd.liquidationPrice(Side.BUY, 100, 0.0041)).isEqualTo(99);
        assertThat(crowd.liquidationPrice(Side.SELL, 100, 0.0041)).isEqualTo(101);
    }
}
