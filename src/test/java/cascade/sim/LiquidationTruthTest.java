package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.market.EventType;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ground truth: where every open position's liquidation price is. Hourly snapshots of the BTC-like symbol
 * over two days are checked against the liquidations of the following hour (seed 5: 717 liquidations of
 * snapshot positions, 47 % of the next hours' liquidated USD; the rest comes from positions opened later).
 */
class LiquidationTruthTest {

    @Test
    void theHistogramHoldsEveryOpenPositionsLiquidationUsdBySide() throws Exception {
        Instruments instruments = new Instruments();
        SimulatedMarket market = new SimulatedMarket(btcOnly(1).withDuration(SimConfig.HOUR_MS), instruments);
        MarketEvent e = new MarketEvent();
        while (market.next(e) && e.timeMs < SimConfig.DEFAULT_START_MS + 30 * 60_000L) {
            // run half an hour
        }
        Instrument btc = market.instruments().get(0);
        double[] byVisitor = new double[2];
        market.truth().forEachOpenPosition(btc.id(), (id, side, entry, qty, liq, lev) ->
                byVisitor[side == Side.BUY ? 0 : 1] += btc.qty(qty) * btc.price(liq));
        long price = market.truth().price(btc.id());

        LiquidationHistogram h = market.truth().histogram(btc.id(), 1, 4 * price, 400);

        double longs = 0;
        double shorts = 0;
        for (int b = 0; b < h.buckets(); b++) {
            longs += h.longUsd(b);
            shorts += h.shortUsd(b);
        }
        assertThat(market.truth().openPositions(btc.id())).isGreaterThan(30_000);
        assertThat(longs).isCloseTo(byVisitor[0], within(byVisitor[0] * 1e-9));
        assertThat(shorts).isCloseTo(byVisitor[1], within(byVisitor[1] * 1e-9));
        // longs are liquidated below the price, shorts above
        assertThat(h.longUsd(h.bucketOf(price) + 1)).isZero();
        assertThat(h.shortUsd(h.bucketOf(price) - 1)).isZero();
    }

    @Test
    void snapshotPositionsAreLiquidatedExactlyAtTheirSnapshotLevelAndTheMapScoresAtLeastTheirShare()
            throws Exception {
        LiquidationLog log = new LiquidationLog();
        Instruments instruments = new Instruments();
        SimulatedMarket market = new SimulatedMarket(btcOnly(5).withDuration(2 * SimConfig.DAY_MS), instruments, log);
        int btc = market.instruments().get(0).id();
        log.instrument = market.instruments().get(0);
        List<LiquidationMapScorer> scorers = new ArrayList<>();
        MarketEvent e = new MarketEvent();
        while (market.next(e)) {
            if (e.type == EventType.OPEN_INTEREST && e.timeMs % SimConfig.HOUR_MS == 0) {
                log.snapshot(market.truth(), btc, e.timeMs);
                scorers.add(LiquidationMapScorer.nextHour(instruments, btc, exactMap(market.truth(), btc),
                        e.timeMs));
            }
            for (LiquidationMapScorer s : scorers) {
                s.accept(e);
            }
        }
        double inside = scorers.stream().mapToDouble(s -> s.score().insideUsd()).sum();
        double total = scorers.stream().mapToDouble(s -> s.score().totalUsd()).sum();
        System.out.printf("Next-hour liquidated USD from positions in the hourly snapshot: %.3f; inside the "
                + "snapshot's non-empty 0.01 %% buckets: %.3f%n", log.snapshotUsd / log.allUsd, inside / total);

        assertThat(log.matched).isGreaterThan(500);
        assertThat(log.mismatches).isEmpty();
        assertThat(log.allUsd).isCloseTo(total, within(total * 1e-6));
        assertThat(inside).isGreaterThanOrEqualTo(log.snapshotUsd * (1 - 1e-9));
    }

    private static SimConfig btcOnly(long seed) {
        return SimConfig.defaults(seed).withSymbolCount(1).withEventDetail(0.01, 1000, 5000);
    }

    /** The truth map as clusters: every 0.01 % bucket within ±3 % of the price holding a liquidation level. */
    private static PriceClusters exactMap(LiquidationTruth truth, int instrument) {
        long price = truth.price(instrument);
        LiquidationHistogram h = truth.histogram(instrument, Math.round(price * 0.97), Math.round(price * 1.03), 600);
        List<Long> pairs = new ArrayList<>();
        for (int b = 0; b < h.buckets(); b++) {
            if (h.totalUsd(b) > 0) {
                pairs.add(h.bucketLow(b));
                pairs.add(h.bucketHigh(b));
            }
        }
        return PriceClusters.of(pairs.stream().mapToLong(Long::longValue).toArray());
    }

    /** Checks each liquidation against the latest hourly snapshot of the truth. */
    private static final class LiquidationLog implements SimulationListener {
        private Map<Long, long[]> snapshot = Map.of();
        private long snapshotMs = Long.MAX_VALUE;
        private Instrument instrument;
        private long matched;
        private double snapshotUsd;
        private double allUsd;
        private final List<String> mismatches = new ArrayList<>();

        void snapshot(LiquidationTruth truth, int id, long timeMs) {
            Map<Long, long[]> levels = new HashMap<>();
            truth.forEachOpenPosition(id, (positionId, side, entry, qty, liq, lev) ->
                    levels.put(positionId, new long[] {liq, qty, side.sign}));
            snapshot = levels;
            snapshotMs = timeMs;
        }

        @Override
        public void liquidated(int id, long timeMs, long positionId, Side forcedSide, long liquidationPrice, long qty,
                long stepStartPrice, long stepEndPrice) {
            if (timeMs < snapshotMs) {
                return;
            }
            double usd = instrument.qty(qty) * instrument.price(liquidationPrice);
            allUsd += usd;
            long[] level = snapshot.get(positionId);
            if (level == null) {
                return;
            }
            matched++;
            snapshotUsd += usd;
            if (level[0] != liquidationPrice || level[1] != qty || level[2] != -forcedSide.sign) {
                mismatches.add("position " + positionId + " liquidated at " + liquidationPrice + " qty " + qty
                        + " but the snapshot had " + level[0] + " qty " + level[1]);
            }
        }
    }
}
