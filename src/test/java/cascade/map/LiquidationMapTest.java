package cascade.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Two tiers, 10× (weight 3) and 25× (weight 1), mmr 0.4 %, 0.1 % buckets, OI in BTC. An OI rise of 20 BTC
 * at 100 000 is 2 000 000 USD: 1 000 000 long and 1 000 000 short, 75 % at 10× and 25 % at 25×:
 * <pre>
 *   long  10×: 100 000 · (1 − 0.10 + 0.004) =  90 400   750 000 USD
 *   long  25×: 100 000 · (1 − 0.04 + 0.004) =  96 400   250 000 USD
 *   short 25×: 100 000 · (1 + 0.04 − 0.004) = 103 600   250 000 USD
 *   short 10×: 100 000 · (1 + 0.10 − 0.004) = 109 600   750 000 USD
 * </pre>
 * Buckets are 100 wide, centred on multiples of 100 from the first price (100 000).
 */
class LiquidationMapTest {
    static final MapConfig TWO_TIERS = new MapConfig(new LeverageTiers(new double[] {10, 25}, new double[] {3, 1},
            0.004), 0.001, OiUnit.COINS, 0);
    private static final double EPS = 1e-6;

    /** The map after one OI rise of 20 BTC at 100 000. */
    static LiquidationMap oneRiseAt100k(MapConfig config) {
        LiquidationMap map = new LiquidationMap(config);
        map.onPrice(100_000);
        map.onOpenInterest(0, 1_000, 100_000);
        map.onOpenInterest(1, 1_020, 100_000);
        return map;
    }

    @Test
    void oneOpenInterestRiseSpreadsHalfLongHalfShortOverTheTiers() {
        LiquidationMap map = oneRiseAt100k(TWO_TIERS);

        assertThat(map.bucketWidth()).isCloseTo(100, within(1e-9));
        assertThat(map.longUsdAt(90_400)).isCloseTo(750_000, within(EPS));
        assertThat(map.longUsdAt(96_400)).isCloseTo(250_000, within(EPS));
        assertThat(map.shortUsdAt(103_600)).isCloseTo(250_000, within(EPS));
        assertThat(map.shortUsdAt(109_600)).isCloseTo(750_000, within(EPS));
        assertThat(map.longUsdAt(90_500)).isZero();
        assertThat(map.shortUsdAt(96_400)).isZero();
        assertThat(map.longUsdTotal()).isCloseTo(1_000_000, within(EPS));
        assertThat(map.shortUsdTotal()).isCloseTo(1_000_000, within(EPS));
        assertThat(map.oiSamples()).isEqualTo(2);
    }

    @Test
    void heatmapSnapshotPutsEachLevelInItsPriceRow() {
        LiquidationMap map = oneRiseAt100k(TWO_TIERS);
        double[] longs = new double[20];
        double[] shorts = new double[20];

        map.heatmap(90_000, 110_000, longs, shorts); // rows of 1 000

        double[] expectedLongs = new double[20];
        double[] expectedShorts = new double[20];
        expectedLongs[0] = 750_000;   // 90 400
        expectedLongs[6] = 250_000;   // 96 400
        expectedShorts[13] = 250_000; // 103 600
        expectedShorts[19] = 750_000; // 109 600
        assertThat(longs).containsExactly(expectedLongs, within(EPS));
        assertThat(shorts).containsExactly(expectedShorts, within(EPS));
    }

    @Test
    void theFirstObservationIsOnlyTheBaseline() {
        LiquidationMap map = new LiquidationMap(TWO_TIERS);
        map.onPrice(100_000);
        map.onOpenInterest(0, 1_000, 100_000);

        assertThat(map.isEmpty()).isTrue();
        assertThat(map.oiSamples()).isEqualTo(1);
    }

    @Test
    void openInterestCountedInUsdIsTakenAsIs() {
        MapConfig usd = new MapConfig(TWO_TIERS.tiers(), 0.001, OiUnit.USD, 0);
        LiquidationMap map = new LiquidationMap(usd);
        map.onPrice(100_000);
        map.onOpenInterest(0, 50_000_000, 100_000);
        map.onOpenInterest(1, 52_000_000, 100_000);

        assertThat(map.longUsdAt(90_400)).isCloseTo(750_000, within(EPS));
        assertThat(map.shortUsdAt(103_600)).isCloseTo(250_000, within(EPS));
    }

    @Test
    void priceReachingALevelLiquidatesIt() {
        LiquidationMap map = oneRiseAt100k(TWO_TIERS);

        map.onPrice(96_460); // not yet in the 96 400 bucket [96 350, 96 450)
        assertThat(map.longUsdAt(96_400)).isCloseTo(250_000, within(EPS));
        map.onPrice(96_440); // in it: cleared at bucket resolution
        assertThat(map.longUsdAt(96_400)).isZero();
        assertThat(map.longUsdAt(90_400)).isCloseTo(750_000, within(EPS));

        map.onBar(2, 95_000, 104_000, 100_000, Double.NaN); // the high reaches 103 600, the low stays above 90 400
        assertThat(map.shortUsdAt(103_600)).isZero();
        assertThat(map.shortUsdAt(109_600)).isCloseTo(750_000, within(EPS));
        assertThat(map.longUsdTotal()).isCloseTo(750_000, within(EPS));
        assertThat(map.shortUsdTotal()).isCloseTo(750_000, within(EPS));
    }

    @Test
    void fallingOpenInterestShrinksEveryLevelAlike() {
        LiquidationMap map = oneRiseAt100k(TWO_TIERS);

        map.onOpenInterest(2, 510, 100_000); // half the open interest is gone

        assertThat(map.longUsdAt(90_400)).isCloseTo(375_000, within(EPS));
        assertThat(map.longUsdAt(96_400)).isCloseTo(125_000, within(EPS));
        assertThat(map.shortUsdAt(103_600)).isCloseTo(125_000, within(EPS));
        assertThat(map.shortUsdAt(109_600)).isCloseTo(375_000, within(EPS));

        map.onOpenInterest(3, 520, 100_000); // +10 BTC: 1 000 000 USD, 375 000 more at 10×
        assertThat(map.longUsdAt(90_400)).isCloseTo(750_000, within(EPS));
    }

    @Test
    void unknownOpenInterestChangesNothing() {
        LiquidationMap map = oneRiseAt100k(TWO_TIERS);

        map.onOpenInterest(2, Double.NaN, 100_000);
        map.onOpenInterest(3, -5, 100_000);

        assertThat(map.oiSamples()).isEqualTo(2);
        assertThat(map.longUsdTotal()).isCloseTo(1_000_000, within(EPS));
    }

    @Test
    void levelsAgeWithTheHalfLife() {
        MapConfig ageing = new MapConfig(TWO_TIERS.tiers(), 0.001, OiUnit.COINS, 3_600_000);
        LiquidationMap map = oneRiseAt100k(ageing);

        map.onOpenInterest(1 + 3_600_000, 1_020, 100_000); // unchanged OI an hour later

        assertThat(map.longUsdAt(90_400)).isCloseTo(375_000, within(EPS));
        assertThat(map.shortUsdAt(103_600)).isCloseTo(125_000, within(EPS));
    }

    @Test
    void theRingFollowsThePriceByWholeBuckets() {
        LiquidationMap map = oneRiseAt100k(TWO_TIERS);
        // The ring holds 2·192 + 1 buckets around 100 000 (±19 200). The climb to 112 000 liquidates both
        // shorts; the rise at 112 000 needs levels up to 122 752, so the ring slides to centre on 112 000
        // and now reaches down to 92 800: the long at 96 400 stays in its bucket, the one at 90 400 is dropped.
        map.onPrice(112_000);
        map.onOpenInterest(2, 1_030, 112_000); // +10 BTC · 112 000 = 1 120 000 USD, 560 000 a side

        assertThat(map.bucketWidth()).isCloseTo(100, within(1e-9));
        assertThat(map.longUsdAt(96_400)).isCloseTo(250_000, within(EPS));
        assertThat(map.longUsdAt(90_400)).isZero();
        assertThat(map.longUsdAt(101_248)).isCloseTo(420_000, within(EPS));   // 112 000 · 0.904
        assertThat(map.longUsdAt(107_968)).isCloseTo(140_000, within(EPS));   // 112 000 · 0.964
        assertThat(map.shortUsdAt(116_032)).isCloseTo(140_000, within(EPS));  // 112 000 · 1.036
        assertThat(map.shortUsdAt(122_752)).isCloseTo(420_000, within(EPS));  // 112 000 · 1.096
        assertThat(map.longUsdTotal()).isCloseTo(810_000, within(EPS));
        assertThat(map.shortUsdTotal()).isCloseTo(560_000, within(EPS));
    }

    @Test
    void theRingFollowsAFallingPriceToo() {
        LiquidationMap map = oneRiseAt100k(TWO_TIERS);
        // The fall to 88 000 liquidates both longs; the ring slides to [80 800, 119 200] around 88 000
        // (−312 … +72 buckets): the short at 103 600 stays, the one at 109 600 is dropped.
        map.onPrice(88_000);
        map.onOpenInterest(2, 1_030, 88_000); // +10 BTC · 88 000 = 880 000 USD, 440 000 a side

        assertThat(map.shortUsdAt(103_600)).isCloseTo(250_000, within(EPS));
        assertThat(map.shortUsdAt(109_600)).isZero();
        assertThat(map.longUsdAt(79_552)).isCloseTo(330_000, within(EPS));   // 88 000 · 0.904, below the old ring
        assertThat(map.longUsdAt(84_832)).isCloseTo(110_000, within(EPS));   // 88 000 · 0.964
        assertThat(map.shortUsdAt(91_168)).isCloseTo(110_000, within(EPS));  // 88 000 · 1.036
        assertThat(map.shortUsdAt(96_448)).isCloseTo(330_000, within(EPS));  // 88 000 · 1.096
        assertThat(map.shortUsdTotal()).isCloseTo(690_000, within(EPS));
    }

    @Test
    void aLargeDriftRegridsTheMapAtThePrice() {
        LiquidationMap map = new LiquidationMap(TWO_TIERS);
        map.onPrice(100_000);
        map.onOpenInterest(0, 1_000, 100_000);
        // 75 000: buckets of 100 are 1.33× the wanted 75, still inside √2: the ring only slides.
        map.onPrice(75_000);
        map.onOpenInterest(1, 1_010, 75_000); // 750 000 USD: 281 250 at 10×, 93 750 at 25× a side
        assertThat(map.bucketWidth()).isCloseTo(100, within(1e-9));
        map.onPrice(70_000); // liquidates the 25× long at 72 300
        // 70 000: 100 is 1.43× the wanted 70: re-grid on 70-wide buckets centred on 70 000.
        map.onOpenInterest(2, 1_020, 70_000); // 700 000 USD: 262 500 at 10×, 87 500 at 25× a side

        assertThat(map.bucketWidth()).isCloseTo(70, within(1e-9));
        assertThat(map.shortUsdAt(77_700)).isCloseTo(93_750, within(EPS));   // 70 000 + 110·70, on the grid
        assertThat(map.shortUsdAt(82_180)).isCloseTo(281_250, within(EPS));  // 82 200 moved to 70 000 + 174·70
        assertThat(map.longUsdAt(67_830)).isCloseTo(281_250, within(EPS));   // 67 800 moved to 70 000 − 31·70
        assertThat(map.longUsdAt(72_300)).isZero();
        assertThat(map.longUsdAt(63_280)).isCloseTo(262_500, within(EPS));
        assertThat(map.longUsdAt(67_480)).isCloseTo(87_500, within(EPS));
        assertThat(map.shortUsdAt(72_520)).isCloseTo(87_500, within(EPS));
        assertThat(map.shortUsdAt(76_720)).isCloseTo(262_500, within(EPS));
        assertThat(map.longUsdTotal()).isCloseTo(631_250, within(EPS));
        assertThat(map.shortUsdTotal()).isCloseTo(725_000, within(EPS));
    }

    @Test
    void nearbySumsEachSideRawAndByCloseness() {
        LiquidationMap map = oneRiseAt100k(TWO_TIERS);
        NearbyLiquidations near = new NearbyLiquidations();

        map.nearby(100_000, 0.05, near); // only the 25× levels, 3.6 % away: weight 1 − 0.036/0.05 = 0.28

        assertThat(near.shortAbove).isCloseTo(250_000, within(EPS));
        assertThat(near.longBelow).isCloseTo(250_000, within(EPS));
        assertThat(near.shortPull).isCloseTo(70_000, within(EPS));
        assertThat(near.longPull).isCloseTo(70_000, within(EPS));
    }

    @Test
    void nearestSignificantClusterOnEachSide() {
        LiquidationMap map = oneRiseAt100k(TWO_TIERS);

        assertThat(map.nearestClusterAbove(100_000, 0.5)).isCloseTo(109_600, within(1e-6));
        assertThat(map.nearestClusterAbove(100_000, 0.3)).isCloseTo(103_600, within(1e-6));
        assertThat(map.nearestClusterBelow(100_000, 0.5)).isCloseTo(90_400, within(1e-6));
        assertThat(map.nearestClusterBelow(100_000, 0.3)).isCloseTo(96_400, within(1e-6));
        assertThat(new LiquidationMap(TWO_TIERS).nearestClusterAbove(100_000, 0.5)).isNaN();
    }

    @Test
    void topClustersAreTheLargestBucketsAsRangesTouchingOnesMerged() {
        LiquidationMap map = oneRiseAt100k(TWO_TIERS);
        map.onPrice(100_100);
        map.onOpenInterest(2, 1_024, 100_100); // 400 400 USD; its 10× long lands at 90 490.4, next to 90 400

        ClusterRanges top = map.topClusters(5);

        // 90 400 and 109 600 (750 000 each), 96 400 and 103 600 (250 000 each), then 90 500 (150 150, tied
        // with 109 700: the lower price wins), which touches 90 400 and merges with it
        assertThat(top.lows()).containsExactly(new double[] {90_350, 96_350, 103_550, 109_550}, within(1e-6));
        assertThat(top.highs()).containsExactly(new double[] {90_550, 96_450, 103_650, 109_650}, within(1e-6));
        assertThat(top.usd()).containsExactly(new double[] {900_150, 250_000, 250_000, 750_000}, within(EPS));
    }
}
