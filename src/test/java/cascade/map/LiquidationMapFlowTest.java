package cascade.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Hand-built tapes for who opened and who closed the open interest, where, and how levels fade and go.
 * Two tiers as in {@link LiquidationMapTest}: 10× (weight 3) and 25× (weight 1), mmr 0.4 %, 0.1 % buckets
 * (100 wide, centred on multiples of 100 from the first price 100 000), OI in BTC. A long at 10× entered at
 * E is liquidated at 0.904·E, at 25× at 0.964·E; a short at 1.096·E and 1.036·E.
 */
class LiquidationMapFlowTest {
    private static final LeverageTiers TIERS = LiquidationMapTest.TWO_TIERS.tiers();
    private static final MapConfig BY_TAKERS = new MapConfig(TIERS, 0.001, OiUnit.COINS, 0, 1, 0, 0, 0);
    private static final MapConfig HALF_BY_TAKERS = BY_TAKERS.withTakerSplit(0.5);
    private static final double EPS = 1e-6;

    private static LiquidationMap baseline(MapConfig config) {
        LiquidationMap map = new LiquidationMap(config);
        map.onPrice(100_000);
        map.onOpenInterest(0, 1_000, 100_000);
        return map;
    }

    @Test
    void takerBuysWhileOpenInterestRisesAreNewLongsWithLevelsBelowThePrice() {
        LiquidationMap map = baseline(BY_TAKERS);
        map.onTrade(100_000, 1_500_000, true);
        map.onTrade(100_000, 500_000, true);

        map.onOpenInterest(1, 1_020, 100_000); // +20 BTC = 2 000 000 USD, every taker a buyer: all long

        assertThat(map.longUsdAt(90_400)).isCloseTo(1_500_000, within(EPS)); // 10×: 3/4
        assertThat(map.longUsdAt(96_400)).isCloseTo(500_000, within(EPS));   // 25×: 1/4
        assertThat(map.shortUsdTotal()).isZero();
        assertThat(map.longUsdTotal()).isCloseTo(2_000_000, within(EPS));
    }

    @Test
    void takerSellsWhileOpenInterestRisesAreNewShortsWithLevelsAbove() {
        LiquidationMap map = baseline(BY_TAKERS);
        map.onTrade(100_000, 700_000, false);

        map.onOpenInterest(1, 1_020, 100_000);

        assertThat(map.shortUsdAt(103_600)).isCloseTo(500_000, within(EPS));
        assertThat(map.shortUsdAt(109_600)).isCloseTo(1_500_000, within(EPS));
        assertThat(map.longUsdTotal()).isZero();
    }

    @Test
    void theSplitFollowsTheTakerShareAsFarAsConfigured() {
        LiquidationMap full = baseline(BY_TAKERS);
        LiquidationMap half = baseline(HALF_BY_TAKERS);
        for (LiquidationMap map : new LiquidationMap[] {full, half}) {
            map.onTrade(100_000, 3_000_000, true); // taker buys 75 % of the traded USD
            map.onTrade(100_000, 1_000_000, false);
            map.onOpenInterest(1, 1_020, 100_000);
        }

        // split 1: long share 0.75 → 1 500 000 long, 500 000 short
        assertThat(full.longUsdAt(90_400)).isCloseTo(1_125_000, within(EPS));
        assertThat(full.longUsdAt(96_400)).isCloseTo(375_000, within(EPS));
        assertThat(full.shortUsdAt(103_600)).isCloseTo(125_000, within(EPS));
        assertThat(full.shortUsdAt(109_600)).isCloseTo(375_000, within(EPS));
        // split 0.5: long share 0.5 + 0.5·0.25 = 0.625 → 1 250 000 long, 750 000 short
        assertThat(half.longUsdTotal()).isCloseTo(1_250_000, within(EPS));
        assertThat(half.shortUsdAt(109_600)).isCloseTo(562_500, within(EPS));
    }

    @Test
    void withoutTradesTheRiseIsSplitEvenly() {
        LiquidationMap map = baseline(BY_TAKERS);

        map.onOpenInterest(1, 1_020, 100_000);

        assertThat(map.longUsdTotal()).isCloseTo(1_000_000, within(EPS));
        assertThat(map.shortUsdTotal()).isCloseTo(1_000_000, within(EPS));
    }

    @Test
    void newPositionsAreEnteredAtTheVolumeWeightedTradePrice() {
        LiquidationMap map = baseline(BY_TAKERS);
        map.onTrade(100_000, 1_000_000, true);
        map.onTrade(100_600, 3_000_000, true); // VWAP (100 000 + 3 · 100 600) / 4 = 100 450

        map.onOpenInterest(1, 1_020, 100_600); // 20 BTC at the observation's price 100 600 = 2 012 000 USD

        assertThat(map.longUsdAt(90_806.8)).isCloseTo(1_509_000, within(EPS)); // 0.904 · 100 450, bucket 90 800
        assertThat(map.longUsdAt(96_833.8)).isCloseTo(503_000, within(EPS));   // 0.964 · 100 450, bucket 96 800
        assertThat(map.longUsdAt(90_942.4)).isZero();                           // 0.904 · the last price
        assertThat(map.longUsdTotal()).isCloseTo(2_012_000, within(EPS));
    }

    @Test
    void theIntervalStartsAfreshAtEachObservation() {
        LiquidationMap map = baseline(BY_TAKERS);
        map.onTrade(100_000, 1_000_000, true);
        map.onOpenInterest(1, 1_000, 100_000); // unchanged OI: the buys opened nothing net

        map.onTrade(100_000, 1_000_000, false);
        map.onOpenInterest(2, 1_020, 100_000);

        assertThat(map.longUsdTotal()).isZero();
        assertThat(map.shortUsdTotal()).isCloseTo(2_000_000, within(EPS));
    }

    @Test
    void aFallWithTakerSellsClosesLongs() {
        LiquidationMap map = baseline(BY_TAKERS); // even rise first: 750 000 / 250 000 a side at 10× / 25×
        map.onOpenInterest(1, 1_020, 100_000);
        map.onTrade(100_000, 900_000, false);     // taker-sell share 0.9: longs selling out
        map.onTrade(100_000, 100_000, true);

        map.onOpenInterest(2, 1_000, 100_000);    // −20 BTC = 2 000 000 USD closed voluntarily

        // longs closed 0.9 · 2 000 000 = 1 800 000 of their assumed half of 102 000 000 USD; shorts 200 000
        double longKept = 1 - 1_800_000 / 51_000_000.0;
        double shortKept = 1 - 200_000 / 51_000_000.0;
        assertThat(map.longUsdAt(90_400)).isCloseTo(750_000 * longKept, within(EPS));
        assertThat(map.longUsdAt(96_400)).isCloseTo(250_000 * longKept, within(EPS));
        assertThat(map.shortUsdAt(103_600)).isCloseTo(250_000 * shortKept, within(EPS));
        assertThat(map.shortUsdAt(109_600)).isCloseTo(750_000 * shortKept, within(EPS));
    }

    @Test
    void aFallTheForcedOrdersExplainRemovesNothingMore() {
        LiquidationMap map = baseline(BY_TAKERS);
        map.onOpenInterest(1, 1_020, 100_000);
        map.onLiquidation(true, 1_500_000);    // a long flush: those levels went as the price crossed them
        map.onTrade(100_000, 1_000_000, false);

        map.onOpenInterest(2, 1_000, 100_000); // 2 000 000 closed: 1 500 000 liquidated, 500 000 voluntary sells

        assertThat(map.longUsdAt(90_400)).isCloseTo(750_000 * (1 - 500_000 / 51_000_000.0), within(EPS));
        assertThat(map.shortUsdAt(109_600)).isCloseTo(750_000, within(EPS));

        map.onLiquidation(false, 3_000_000);   // more forced USD than the next fall: nothing voluntary
        map.onOpenInterest(3, 990, 100_000);
        assertThat(map.shortUsdAt(109_600)).isCloseTo(750_000, within(EPS));
    }

    @Test
    void anEvenSplitShrinksEveryLevelByNewOverOld() {
        LiquidationMap map = baseline(MapConfig.DEFAULT.withTiers(TIERS).withHalfLifeMs(0).withTakerSplit(0)
                .withMarginSpread(0).withTurnover(0));
        map.onOpenInterest(1, 1_020, 100_000);
        map.onTrade(100_000, 1_000_000, false); // ignored with split 0

        map.onOpenInterest(2, 510, 100_000);

        assertThat(map.longUsdAt(90_400)).isCloseTo(375_000, within(EPS));
        assertThat(map.shortUsdAt(103_600)).isCloseTo(125_000, within(EPS));
    }

    @Test
    void levelsHalveEveryHalfLife() {
        LiquidationMap map = baseline(BY_TAKERS.withHalfLifeMs(2 * 3_600_000L));
        map.onOpenInterest(1, 1_020, 100_000);

        map.onOpenInterest(1 + 2 * 3_600_000L, 1_020, 100_000); // one half-life
        assertThat(map.longUsdAt(90_400)).isCloseTo(375_000, within(EPS));
        map.onOpenInterest(1 + 3 * 3_600_000L, 1_020, 100_000); // half another half-life: × 1/√2
        assertThat(map.longUsdAt(90_400)).isCloseTo(375_000 / Math.sqrt(2), within(EPS));
        assertThat(map.shortUsdAt(109_600)).isCloseTo(375_000 / Math.sqrt(2), within(EPS));
    }

    @Test
    void aTradeThroughALevelRemovesItAndOnlyThoseItCrossed() {
        LiquidationMap map = baseline(BY_TAKERS);
        map.onTrade(100_000, 1_000_000, true);
        map.onTrade(100_000, 1_000_000, false);
        map.onOpenInterest(1, 1_020, 100_000);

        map.onTrade(96_400, 10_000, false);  // down into the 25× long bucket
        assertThat(map.longUsdAt(96_400)).isZero();
        assertThat(map.longUsdAt(90_400)).isCloseTo(750_000, within(EPS));
        map.onTrade(103_640, 10_000, true);  // up into the 25× short bucket [103 550, 103 650)
        assertThat(map.shortUsdAt(103_600)).isZero();
        assertThat(map.shortUsdAt(109_600)).isCloseTo(750_000, within(EPS));
    }

    @Test
    void aMarginSpreadSmearsATierOverFiveQuantiles() {
        MapConfig one = new MapConfig(new LeverageTiers(new double[] {10}, new double[] {1}, 0.004), 0.001,
                OiUnit.COINS, 0, 0, 0.2, 0, 0);
        LiquidationMap map = baseline(one);

        map.onOpenInterest(1, 1_010, 100_000); // 1 000 000 USD: 500 000 a side, 100 000 per quantile

        double[] z = {-1.2815515655446004, -0.5244005127080407, 0, 0.5244005127080407, 1.2815515655446004};
        for (double q : z) {
            double distance = Math.exp(0.2 * q) / 10 - 0.004; // 7.33 %, 8.61 %, 9.60 %, 10.76 %, 12.54 %
            assertThat(map.longUsdAt(100_000 * (1 - distance))).isCloseTo(100_000, within(EPS));
            assertThat(map.shortUsdAt(100_000 * (1 + distance))).isCloseTo(100_000, within(EPS));
        }
        assertThat(map.longUsdTotal()).isCloseTo(500_000, within(EPS));
    }

    /**
     * Volatility adaptation 1 on one 10× tier: 100 calm minutes (no price change), then +1 % in the 101st.
     * The recent variance rate is the 30-minute EWMA, (1 − ½^(1/30))·r²/dt, the long run r²/(101 minutes),
     * so margins widen by √((1 − ½^(1/30))·101) ≈ 1.519: the long opened then sits 14.8 % below, not 9.6 %.
     */
    @Test
    void marginsWidenWhenTheMarketTurnsWilderThanItsLongRun() {
        MapConfig adapting = new MapConfig(new LeverageTiers(new double[] {10}, new double[] {1}, 0.004), 0.001,
                OiUnit.COINS, 0, 0, 0, 0, 1);
        LiquidationMap map = baseline(adapting);
        for (int j = 1; j <= 100; j++) {
            map.onOpenInterest(j * 60_000L, 1_000, 100_000);
        }

        map.onOpenInterest(101 * 60_000L, 1_010, 101_000); // +10 BTC · 101 000 = 1 010 000 USD, 505 000 a side

        double scale = Math.sqrt((1 - Math.pow(0.5, 1 / 30.0)) * 101);
        assertThat(scale).isCloseTo(1.519, within(0.0005));
        assertThat(map.longUsdAt(101_000 * (1 - (scale * 0.1 - 0.004)))).isCloseTo(505_000, within(EPS));
        assertThat(map.shortUsdAt(101_000 * (1 + (scale * 0.1 - 0.004)))).isCloseTo(505_000, within(EPS));
        assertThat(map.longUsdAt(101_000 * 0.904)).isZero();
    }

    @Test
    void turnoverEntersAShareOfTheTradedUsdAsChurn() {
        LiquidationMap map = baseline(BY_TAKERS.withTurnover(0.1));
        map.onTrade(100_000, 4_000_000, true);

        map.onOpenInterest(1, 1_000, 100_000); // no net change: only the churn, 10 % of 4 000 000, all long

        assertThat(map.longUsdAt(90_400)).isCloseTo(300_000, within(EPS));
        assertThat(map.longUsdAt(96_400)).isCloseTo(100_000, within(EPS));
        assertThat(map.shortUsdTotal()).isZero();
    }

    /**
     * Bar model: open 100 000, low 99 800, high 100 800, close 100 800. The low is nearer the open, so the path
     * is open → low (200) → high (1 000) → close (0), 1 200 long; twelve entry points at 50, 150, … 1 150
     * along it: 99 950, 99 850 going down, then 99 850, 99 950, 100 050 … 100 750 going up.
     */
    @Test
    void aBarsRiseIsEnteredEvenlyAlongItsPath() {
        LiquidationMap bar = baseline(BY_TAKERS);
        bar.onBar(4, 100_000, 99_800, 100_800, 100_800, 1_012, 0, 0); // +12 BTC · 100 800 = 1 209 600 USD

        double[] entries = {99_950, 99_850, 99_850, 99_950, 100_050, 100_150, 100_250, 100_350, 100_450, 100_550,
            100_650, 100_750};
        // twelve rises of 100 800 USD each (a twelfth), entered at those prices: the same levels, bucket by bucket
        LiquidationMap points = baseline(BY_TAKERS);
        double oi = 1_000;
        for (double entry : entries) {
            oi += 100_800 / entry;
            points.onOpenInterest(1, oi, entry);
        }
        points.onPrice(100_800);
        double[] barLong = new double[400];
        double[] barShort = new double[400];
        double[] refLong = new double[400];
        double[] refShort = new double[400];
        bar.heatmap(80_050, 120_050, barLong, barShort);
        points.heatmap(80_050, 120_050, refLong, refShort);
        assertThat(barLong).containsExactly(refLong, within(EPS));
        assertThat(barShort).containsExactly(refShort, within(EPS));
        assertThat(bar.longUsdTotal()).isCloseTo(604_800, within(EPS));
        assertThat(bar.longUsdAt(0.904 * 99_850)).isCloseTo(2 * 0.75 * 50_400, within(EPS)); // two points at 99 850
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> BY_TAKERS.withTakerSplit(1.5)).hasMessageContaining("taker split must be in [0, 1]");
        assertThatThrownBy(() -> BY_TAKERS.withMarginSpread(-0.1)).hasMessageContaining("margin spread");
        assertThatThrownBy(() -> BY_TAKERS.withTurnover(2)).hasMessageContaining("turnover must be in [0, 1]");
        assertThatThrownBy(() -> BY_TAKERS.withVolAdaptation(3)).hasMessageContaining("volatility adaptation");
    }
}
