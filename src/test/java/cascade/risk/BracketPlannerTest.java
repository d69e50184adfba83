package cascade.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.map.LiquidationMap;
import cascade.map.MapConfig;
import org.junit.jupiter.api.Test;

class BracketPlannerTest {
    private final BracketPlanner planner = new BracketPlanner();

    /**
     * OI 1 000 → 1 020 BTC at 100 000: 2 M USD, half long, half short, over the default tiers 5/10/25/50/100×
     * (10/30/30/20/10 %), mmr 0.4 %: longs liquidate at 80 400 / 90 400 / 96 400 / 98 400 / 99 400 (100k,
     * 300k, 300k, 200k, 100k USD), shorts at 119 600 / 109 600 / 103 600 / 101 600 / 100 600.
     */
    private static LiquidationMap map() {
        LiquidationMap map = new LiquidationMap(MapConfig.DEFAULT);
        map.onOpenInterest(1_000, 1_000, 100_000);
        map.onOpenInterest(2_000, 1_020, 100_000);
        return map;
    }

    @Test
    void aLongAimsAtTheNearestShortClusterAndStopsBeyondTheNearestLongCluster() {
        planner.plan(map(), 100_000, +1, 0.03, 0.03);

        // nearest buckets with at least half the side's peak (150k of 300k): 101 600 above, 98 400 below
        assertThat(planner.target()).isCloseTo(0.016, within(0.0005));
        assertThat(planner.stop()).isCloseTo(0.016 + 0.002, within(0.0005));
    }

    @Test
    void aShortIsTheMirrorImage() {
        planner.plan(map(), 100_000, -1, 0.03, 0.03);

        assertThat(planner.target()).isCloseTo(0.016, within(0.0005));
        assertThat(planner.stop()).isCloseTo(0.018, within(0.0005));
    }

    @Test
    void clustersFartherThanTwiceOrNearerThanHalfTheProfilesDistanceAreIgnored() {
        planner.plan(map(), 100_000, +1, 0.10, 0.01);

        assertThat(planner.stop()).isEqualTo(0.10);   // 1.8 % is less than half of 10 %
        assertThat(planner.target()).isCloseTo(0.016, within(0.0005)); // 1.6 % is within [0.5 %, 2 %]
    }

    @Test
    void anEmptyMapLeavesTheProfilesDistances() {
        planner.plan(new LiquidationMap(MapConfig.DEFAULT), 100_000, +1, 0.03, 0.06);

        assertThat(planner.stop()).isEqualTo(0.03);
        assertThat(planner.target()).isEqualTo(0.06);
    }
}
