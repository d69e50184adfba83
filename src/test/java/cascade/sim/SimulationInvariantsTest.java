package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.EventType;
import cascade.market.Fixed;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conservation and crossing, checked on a 6-hour, 3-symbol run with a market-wide 3 % drop at 03:00 (so there
 * are cascades to check) through an instrumented {@link SimulationListener} that records the position
 * lifecycle independently of the simulator's own books.
 */
class SimulationInvariantsTest {
    private static final long START = SimConfig.DEFAULT_START_MS;
    private static final Instruments INSTRUMENTS = new Instruments();
    private static final LifecycleRecorder RECORDER = new LifecycleRecorder();
    private static final List<String> VIOLATIONS = new ArrayList<>();
    private static long oiSnapshots;
    private static long truthChecks;
    private static long liquidations;
    private static long liquidationsOfLongs;

    @BeforeAll
    static void run() throws Exception {
        SimConfig config = SimConfig.defaults(2024).withSymbolCount(3).withDuration(6 * SimConfig.HOUR_MS)
                .withEventDetail(0.1, 1000, 5000)
                .withShocks(List.of(new PriceShock(START + 3 * SimConfig.HOUR_MS, PriceShock.ALL, -3)));
        SimulatedMarket market = new SimulatedMarket(config, INSTRUMENTS, RECORDER);
        Map<Integer, Long> lastMark = new HashMap<>();
        Map<Integer, List<MarketEvent>> pendingLiquidations = new HashMap<>();
        MarketEvent e = new MarketEvent();
        while (market.next(e)) {
            if (e.type == EventType.OPEN_INTEREST) {
                checkOpenInterest(market, e);
            } else if (e.type == EventType.LIQUIDATION) {
                checkAgainstLifecycle(e);
                pendingLiquidations.computeIfAbsent(e.instrument, k -> new ArrayList<>()).add(new MarketEvent().copyFrom(e));
            } else if (e.type == EventType.MARK_PRICE) {
                Long before = lastMark.put(e.instrument, e.price);
                List<MarketEvent> inStep = pendingLiquidations.remove(e.instrument);
                if (before != null && inStep != null) {
                    checkCrossedBetweenMarks(inStep, before, e.price);
                }
            }
        }
    }

    @Test
    void openInterestAlwaysEqualsTheSumOfOpenPositions() {
        assertThat(oiSnapshots).isEqualTo(3 * 6 * 720);
        assertThat(truthChecks).isEqualTo(3 * 6 * 720);
        assertThat(VIOLATIONS).isEmpty();
    }

    @Test
    void everyLiquidationClosedAnOpenPositionWhoseLiquidationPriceTheStepCrossed() {
        assertThat(liquidations).isGreaterThan(1000);
        assertThat(RECORDER.unmatchedCallbacks()).isZero();
        assertThat(VIOLATIONS).isEmpty();
    }

    @Test
    void theDropLiquidatesMostlyLongs() {
        assertThat(liquidationsOfLongs).isGreaterThan(liquidations / 2);
    }

    private static void checkOpenInterest(SimulatedMarket market, MarketEvent e) {
        oiSnapshots++;
        int scale = INSTRUMENTS.get(e.instrument).qtyScale();
        long recorded = Fixed.rescale(RECORDER.openQty(e.instrument), scale, MarketEvent.OI_SCALE);
        long[] truthQty = {0};
        market.truth().forEachOpenPosition(e.instrument, (id, side, entry, qty, liq, lev) -> truthQty[0] += qty);
        long truth = Fixed.rescale(truthQty[0], scale, MarketEvent.OI_SCALE);
        if (recorded != e.openInterest || truth != e.openInterest || market.truth().asOfMs() != e.timeMs
                || market.truth().openInterest(e.instrument) != e.openInterest) {
            VIOLATIONS.add("OI at " + e.timeMs + " of " + e.instrument + ": event " + e.openInterest + ", listener "
                    + recorded + ", truth " + truth + " as of " + market.truth().asOfMs());
        }
        truthChecks++;
    }

    private static void checkAgainstLifecycle(MarketEvent e) {
        liquidations++;
        liquidationsOfLongs += e.side == Side.SELL ? 1 : 0;
        LifecycleRecorder.Liquidated call = RECORDER.nextLiquidation(e.instrument);
        if (call == null || call.timeMs != e.timeMs || call.price != e.price || call.qty != e.qty
                || call.forcedSide != e.side) {
            VIOLATIONS.add("liquidation event " + e + " does not match the listener's " + call);
            return;
        }
        LifecycleRecorder.Opened position = call.position;
        boolean wasLong = position != null && position.side == Side.BUY;
        boolean crossed = wasLong
                ? call.stepEnd <= call.price && call.price < call.stepStart
                : call.stepStart < call.price && call.price <= call.stepEnd;
        if (position == null || wasLong != (e.side == Side.SELL) || position.liquidationPrice != e.price
                || position.qty != e.qty || !crossed) {
            VIOLATIONS.add("liquidation " + e + " of position " + position + " not crossed: step " + call.stepStart
                    + " -> " + call.stepEnd);
        }
    }

    /** Independent of the listener: the marks around the step show the price passing the liquidation price. */
    private static void checkCrossedBetweenMarks(List<MarketEvent> inStep, long markBefore, long markAfter) {
        for (MarketEvent liq : inStep) {
            boolean crossed = liq.side == Side.SELL ? markAfter <= liq.price && liq.price < markBefore
                    : markBefore < liq.price && liq.price <= markAfter;
            if (!crossed) {
                VIOLATIONS.add("marks " + markBefore + " -> " + markAfter + " do not cross " + liq);
            }
        }
    }

    /** Records opens, closes and liquidations as the simulator reports them (warm-up ones emit no events). */
    static final class LifecycleRecorder implements SimulationListener {
        record Opened(Side side, long qty, long liquidationPrice) {
        }

        record Liquidated(long timeMs, Side forcedSide, long price, long qty, long stepStart, long stepEnd,
                Opened position) {
        }

        private final Map<Integer, Map<Long, Opened>> open = new HashMap<>();
        private final Map<Integer, Long> openQty = new HashMap<>();
        private final Map<Integer, ArrayDeque<Liquidated>> liquidations = new HashMap<>();

        @Override
        public void opened(int instrument, long timeMs, long positionId, Side side, long entryPrice, long qty,
                long liquidationPrice, int leverage) {
            open.computeIfAbsent(instrument, k -> new HashMap<>()).put(positionId,
                    new Opened(side, qty, liquidationPrice));
            openQty.merge(instrument, qty, Long::sum);
        }

        @Override
        public void closed(int instrument, long timeMs, long positionId, long qty) {
            Opened p = open.get(instrument).remove(positionId);
            openQty.merge(instrument, -p.qty, Long::sum);
        }

        @Override
        public void liquidated(int instrument, long timeMs, long positionId, Side forcedSide, long liquidationPrice,
                long qty, long stepStartPrice, long stepEndPrice) {
            Opened p = open.get(instrument).remove(positionId);
            if (p != null) {
                openQty.merge(instrument, -p.qty, Long::sum);
            }
            if (timeMs >= START) {
                liquidations.computeIfAbsent(instrument, k -> new ArrayDeque<>()).add(new Liquidated(timeMs,
                        forcedSide, liquidationPrice, qty, stepStartPrice, stepEndPrice, p));
            }
        }

        long openQty(int instrument) {
            return openQty.getOrDefault(instrument, 0L);
        }

        Liquidated nextLiquidation(int instrument) {
            ArrayDeque<Liquidated> q = liquidations.get(instrument);
            return q == null ? null : q.poll();
        }

        long unmatchedCallbacks() {
            return liquidations.values().stream().mapToLong(ArrayDeque::size).sum();
        }
    }
}
