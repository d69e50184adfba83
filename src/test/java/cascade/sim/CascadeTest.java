package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.EventType;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cascades emerge from the mechanism: a price shock crosses liquidation prices, the forced orders move the
 * price further, which crosses more. Bursts are liquidations of one symbol less than 5 s apart. All runs are
 * the BTC-like symbol alone with coarse trades (the mechanism does not depend on trade detail).
 */
class CascadeTest {
    private static final long SHOCK_AT = SimConfig.DEFAULT_START_MS + 12 * SimConfig.HOUR_MS;
    private static final long WINDOW_MS = 30 * 60_000L;
    private static final long BURST_GAP_MS = 5_000;
    private static final double SHOCK_PCT = -4;
    private static final long[] SEEDS = {1, 2, 3, 4};

    @Test
    void aFourPercentDropSetsOffABurstAtLeastTwentyTimesTheLargestOfTheSameHalfHourWithoutIt() throws Exception {
        for (long seed : SEEDS) {
            Outcome calm = run(config(seed));
            Outcome shocked = run(config(seed).withShocks(List.of(new PriceShock(SHOCK_AT, "BTCUSDT", SHOCK_PCT))));

            assertThat(shocked.largestBurst).as("seed %d: burst after the shock vs %d without", seed, calm.largestBurst)
                    .isGreaterThanOrEqualTo(20 * Math.max(1, calm.largestBurst));
            assertThat(shocked.longShare).as("seed %d: share of the burst window's liquidations that were longs", seed)
                    .isGreaterThan(0.95);
        }
    }

    @Test
    void forcedOrdersCarryThePriceBeyondTheShockOnlyWhenTheyHaveImpact() throws Exception {
        double overshootWithImpact = 0;
        double overshootWithout = 0;
        for (long seed : SEEDS) {
            SimConfig shocked = config(seed).withShocks(List.of(new PriceShock(SHOCK_AT, "BTCUSDT", SHOCK_PCT)));
            overshootWithImpact += run(shocked).worstMovePct - SHOCK_PCT;
            overshootWithout += run(shocked.withImpact(shocked.impact().off())).worstMovePct - SHOCK_PCT;
        }
        overshootWithImpact /= SEEDS.length;
        overshootWithout /= SEEDS.length;

        // the half hour's lowest mark beyond the -4 % shock, in percentage points, mean over the seeds
        assertThat(overshootWithImpact).isLessThan(-0.5);
        assertThat(overshootWithImpact).isLessThan(3 * overshootWithout);
    }

    @Test
    void overAMonthBurstSizesHaveAHeavierTailWhenLiquidationsMoveThePrice() throws Exception {
        SimConfig month = SimConfig.defaults(9).withSymbolCount(1).withDuration(30 * SimConfig.DAY_MS)
                .withEventDetail(0.005, 60_000, 60_000);
        BurstDistribution withImpact = bursts(month);
        BurstDistribution without = bursts(month.withImpact(month.impact().off()));
        System.out.println("Burst sizes over 30 days, BTC-like symbol, seed 9, with liquidation impact:\n"
                + withImpact.sizeTable() + "\nand with impact switched off:\n" + without.sizeTable());

        assertThat(atLeast(withImpact, 32)).isGreaterThanOrEqualTo(3 * atLeast(without, 32));
        assertThat(withImpact.largest(0, 0, Long.MAX_VALUE)).isGreaterThanOrEqualTo(5 * without.largest(0, 0,
                Long.MAX_VALUE));
    }

    private static SimConfig config(long seed) {
        return SimConfig.defaults(seed).withSymbolCount(1).withDuration(13 * SimConfig.HOUR_MS)
                .withEventDetail(0.01, 1000, 5000);
    }

    private static long atLeast(BurstDistribution bursts, int size) {
        long n = 0;
        for (int i = 0; i < bursts.count(); i++) {
            n += bursts.size(i) >= size ? 1 : 0;
        }
        return n;
    }

    private static BurstDistribution bursts(SimConfig config) throws Exception {
        Instruments instruments = new Instruments();
        SimulatedMarket market = new SimulatedMarket(config, instruments);
        BurstDetector detector = new BurstDetector(instruments, BURST_GAP_MS);
        MarketEvent e = new MarketEvent();
        while (market.next(e)) {
            detector.accept(e);
        }
        return detector.finish();
    }

    private record Outcome(int largestBurst, double worstMovePct, double longShare) {
    }

    private static Outcome run(SimConfig config) throws Exception {
        Instruments instruments = new Instruments();
        SimulatedMarket market = new SimulatedMarket(config, instruments);
        BurstDetector detector = new BurstDetector(instruments, BURST_GAP_MS);
        MarketEvent e = new MarketEvent();
        long before = 0;
        long lowest = Long.MAX_VALUE;
        long longs = 0;
        long all = 0;
        while (market.next(e)) {
            detector.accept(e);
            boolean inWindow = e.timeMs >= SHOCK_AT && e.timeMs < SHOCK_AT + WINDOW_MS;
            if (e.type == EventType.MARK_PRICE && e.timeMs == SHOCK_AT) {
                before = e.price;
            } else if (e.type == EventType.MARK_PRICE && inWindow) {
                lowest = Math.min(lowest, e.price);
            } else if (e.type == EventType.LIQUIDATION && inWindow) {
                all++;
                longs += e.side == Side.SELL ? 1 : 0;
            }
        }
        int largest = detector.finish().largest(0, SHOCK_AT, SHOCK_AT + WINDOW_MS);
        return new Outcome(largest, (lowest / (double) before - 1) * 100, all == 0 ? 0 : longs / (double) all);
    }
}
