package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Side;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarginRuleTest {
    private final MarginRule rule = new MarginRule(0.004, 0.2, 0.7);

    @Test
    void liquidationPriceIsEntryMinusMarginLessMaintenanceForALong() {
        // 10x: margin 10 %, maintenance 0.4 %: liquidated 9.6 % below the entry
        assertThat(rule.liquidationPrice(Side.BUY, 10_000_000, 0.1)).isEqualTo(9_040_000);
    }

    @Test
    void liquidationPriceIsEntryPlusMarginLessMaintenanceForAShort() {
        // 100x: margin 1 %, maintenance 0.4 %: liquidated 0.6 % above the entry
        assertThat(rule.liquidationPrice(Side.SELL, 10_000_000, 0.01)).isEqualTo(10_060_000);
    }

    @Test
    void marginRateNeverComesWithinFiveBasisPointsOfMaintenance() {
        SplittableRandom rng = new SplittableRandom(3);
        double lowest = 1;
        for (int i = 0; i < 10_000; i++) {
            lowest = Math.min(lowest, rule.marginRate(rng, 125, 0.3));
        }

        // 125x at a calm regime would be 0.8 % x 0.3 = 0.24 % < 0.4 % maintenance: floored at 0.45 %
        assertThat(lowest).isEqualTo(0.004 + MarginRule.MIN_DISTANCE);
    }

    @Test
    void liquidationPriceStaysAtLeastOneUnitFromTheEntry() {
        assertThat(rule.liquidationPrice(Side.BUY, 100, 0.0041)).isEqualTo(99);
        assertThat(rule.liquidationPrice(Side.SELL, 100, 0.0041)).isEqualTo(101);
    }
}
