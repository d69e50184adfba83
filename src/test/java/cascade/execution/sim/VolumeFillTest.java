package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cascade.execution.sim.RecordingListener.VFill;
import cascade.market.Side;
import org.junit.jupiter.api.Test;

/**
 * Event-level fills take at most the traded quantity of each print: the rest of an order continues on later
 * trades, each piece a fill of its own (trade id, fee on its own notional). BTCUSDT, price units of 0.01 USD,
 * quantity units of 0.001 BTC, fees in USD micros.
 */
class VolumeFillTest {

    @Test
    void aMarketOrderFillsAgainstTheQuantityOfTheTradesThatFollow() {
        VenueScenario s = VenueScenario.defaults(); // 2 bps slippage, no impact
        s.market(1, Side.BUY, 1.0, false, T0);

        s.trade(T0 + 1, 50_000, 0.3);
        s.trade(T0 + 2, 50_010, 0.5);
        s.trade(T0 + 3, 50_020, 0.4);
        s.trade(T0 + 4, 50_030, 0.4); // nothing left to fill

        int btc = s.btc.id();
        assertThat(s.events.fills).containsExactly(
                // 50 000 + 10.00 = 50 010.00; 0.3 × 50 010 = 15 003 × 0.05 % = 7.5015
                new VFill(1, btc, T0 + 1, Side.BUY, 5_001_000, 300, 7_501_500, false, false, "market"),
                // 50 010 + 10.002 (→ 10.00) = 50 020.00; 0.5 × 50 020 = 25 010 × 0.05 % = 12.505
                new VFill(1, btc, T0 + 2, Side.BUY, 5_002_000, 500, 12_505_000, false, false, "market"),
                // the last 0.2 of the 0.4 traded: 50 030.00; 0.2 × 50 030 = 10 006 × 0.05 % = 5.003
                new VFill(1, btc, T0 + 3, Side.BUY, 5_003_000, 200, 5_003_000, false, false, "market"));
        assertThat(s.events.tradeIds).containsExactly(1L, 2L, 3L);
        // (50 010 × 0.3 + 50 020 × 0.5 + 50 030 × 0.2) / 1.0 = 50 019.00
        assertThat(s.venue.position(btc).qty()).isEqualTo(1_000);
        assertThat(s.venue.position(btc).entryPrice()).isEqualTo(5_001_900);
        assertThat(s.venue.totalFeesUsd()).isEqualTo(25_009_500);
        assertThat(s.events.snapshots).containsExactly(
                "position 300@5001000", "balance 9992498500",
                "position 800@5001625", "balance 9979993500",
                "position 1000@5001900", "balance 9974990500");
    }

    @Test
    void ordersShareOneTradeInPriorityOrderMarketsBeforeLimits() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.limit(3, Side.BUY, 0.1, 50_050, false, T0); // submitted first, but limits come after markets
        s.market(1, Side.BUY, 0.2, false, T0);
        s.market(2, Side.BUY, 0.3, false, T0);

        s.trade(T0 + 1, 50_000, 0.4); // 0.2 to #1, the other 0.2 to #2, nothing left for the limit
        s.trade(T0 + 2, 50_040, 0.15); // the last 0.1 of #2, then 0.05 to the limit (50 040 < 50 050)

        int btc = s.btc.id();
        assertThat(s.events.fills).containsExactly(
                new VFill(1, btc, T0 + 1, Side.BUY, 5_000_000, 200, 5_000_000, false, false, "market"),
                new VFill(2, btc, T0 + 1, Side.BUY, 5_000_000, 200, 5_000_000, false, false, "market"),
                // 0.1 × 50 040 = 5 004 × 0.05 % = 2.502
                new VFill(2, btc, T0 + 2, Side.BUY, 5_004_000, 100, 2_502_000, false, false, "market"),
                // at its limit, maker: 0.05 × 50 050 = 2 502.50 × 0.02 % = 0.5005
                new VFill(3, btc, T0 + 2, Side.BUY, 5_005_000, 50, 500_500, true, false, "limit"));
        assertThat(s.events.tradeIds).containsExactly(1L, 2L, 3L, 4L);
        assertThat(s.positionQty()).isEqualTo(550);
    }

    @Test
    void aLimitRestsThroughTradesAtItsPriceAndFillsByVolumeOnTradesThroughIt() {
        VenueScenario s = VenueScenario.defaults();
        s.limit(1, Side.BUY, 0.5, 49_900, false, T0);

        s.trade(T0 + 1, 49_900, 1.0); // at the limit, not through it: we may be behind the queue
        s.trade(T0 + 2, 49_900, 2.0);
        assertThat(s.events.fills).isEmpty();
        s.trade(T0 + 3, 49_899.99, 0.2); // through: 0.2 of the 0.5
        s.trade(T0 + 4, 49_950, 3.0); // above: the rest keeps resting
        s.trade(T0 + 5, 49_800, 1.0); // through: the remaining 0.3

        int btc = s.btc.id();
        assertThat(s.events.fills).containsExactly(
                // 0.2 × 49 900 = 9 980 × 0.02 % = 1.996
                new VFill(1, btc, T0 + 3, Side.BUY, 4_990_000, 200, 1_996_000, true, false, "limit"),
                // 0.3 × 49 900 = 14 970 × 0.02 % = 2.994
                new VFill(1, btc, T0 + 5, Side.BUY, 4_990_000, 300, 2_994_000, true, false, "limit"));
        assertThat(s.positionQty()).isEqualTo(500);
    }

    @Test
    void aQueueHaircutLetsALimitTakeOnlyItsShareOfEachPrint() {
        VenueScenario s = new VenueScenario(
                VenueConfig.defaults(VenueScenario.BALANCE).withSlippage(SlippageModel.NONE).withLimitFillShare(0.5));
        s.limit(1, Side.SELL, 0.4, 50_100, false, T0);
        s.market(2, Side.BUY, 0.1, false, T0);

        s.trade(T0 + 1, 50_100.01, 0.3); // the market takes 0.1 first; the limit half the print, 0.15 (0.2 is left)
        s.trade(T0 + 2, 50_200, 0.001); // half of 0.001 BTC rounds down to nothing

        assertThat(s.events.fills).extracting(VFill::orderId, VFill::qty)
                .containsExactly(tuple(2L, 100L),
                        tuple(1L, 150L));
    }

    @Test
    void aTriggeredStopKeepsFillingOnLaterTradesEvenBackAboveItsStop() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.stop(1, Side.SELL, 1.0, 49_500, false, T0);

        s.trade(T0 + 1, 49_600, 5.0); // not reached
        s.trade(T0 + 2, 49_480, 0.4); // triggered: 0.4
        s.trade(T0 + 3, 49_600, 0.3); // a market order now: 0.3 more
        s.trade(T0 + 4, 49_700, 1.0); // the last 0.3

        assertThat(s.events.fills).extracting(VFill::timeMs, VFill::price, VFill::qty).containsExactly(
                tuple(T0 + 2, 4_948_000L, 400L),
                tuple(T0 + 3, 4_960_000L, 300L),
                tuple(T0 + 4, 4_970_000L, 300L));
        assertThat(s.positionQty()).isEqualTo(-1_000);
    }

    @Test
    void markPricesBeforeAnyTradeHaveNoVolumeToReadAndFillWhole() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 1.0, false, T0);

        s.mark(T0 + 1, 50_000);

        // 50 010.00 × 1.0 × 0.05 % = 25.005
        assertThat(s.events.fills).containsExactly(
                new VFill(1, s.btc.id(), T0 + 1, Side.BUY, 5_001_000, 1_000, 25_005_000, false, false, "market"));
    }

    @Test
    void aReduceOnlyOrderLargerThanThePositionClosesItAndHasTheRestCancelled() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.market(1, Side.BUY, 0.5, false, T0);
        s.trade(T0 + 1, 50_000, 2.0);
        s.market(2, Side.SELL, 1.0, true, T0 + 1);

        s.trade(T0 + 2, 50_100, 0.3);
        s.trade(T0 + 3, 50_200, 2.0);

        assertThat(s.events.tape).containsExactly("fill 1", "fill 2", "fill 2", "cancel 2");
        assertThat(s.events.fills).extracting(VFill::qty).containsExactly(500L, 300L, 200L);
        assertThat(s.positionQty()).isZero();
    }

    @Test
    void aMarginRejectAfterSomePiecesEndsTheRestOfTheOrder() {
        // 1 000 USD at 10×: 0.1 BTC at 50 000 needs 500 of margin + 2.50 fee; a second 0.1 no longer fits
        VenueScenario s = new VenueScenario(VenueConfig.defaults(1_000_000_000L).withSlippage(SlippageModel.NONE));
        s.market(1, Side.BUY, 0.3, false, T0);

        s.trade(T0 + 1, 50_000, 0.1);
        s.trade(T0 + 2, 50_000, 0.1);

        assertThat(s.events.tape).containsExactly("fill 1", "reject 1 INSUFFICIENT_MARGIN");
        assertThat(s.positionQty()).isEqualTo(100);
        s.trade(T0 + 3, 50_000, 1.0);
        assertThat(s.events.fills).hasSize(1);
    }

    @Test
    void aTradeWithoutQuantityFillsNothing() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, T0);

        s.trade(T0 + 1, 50_000, 0.0);
        assertThat(s.events.fills).isEmpty();
        s.trade(T0 + 2, 50_000, 0.1);
        assertThat(s.events.fills).hasSize(1);
    }
}
