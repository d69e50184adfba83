package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Side;
import org.junit.jupiter.api.Test;

/** Fills on event-level data (trades, mark prices) with default fees and 2 bps slippage. */
class TickFillTest {

    @Test
    void aMarketOrderFillsAtTheNextTradePlusSlippage() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, T0);

        s.trade(T0, 50_000);

        assertThat(s.events.fills).containsExactly(
                new RecordingListener.VFill(1, s.btc.id(), T0, Side.BUY, 5_001_000, 100, 2_500_500, false, false, "market"));
    }

    @Test
    void anOrderIsNotFilledByATradeBeforeItsLatencyHasPassed() {
        VenueScenario s = new VenueScenario(VenueConfig.defaults(VenueScenario.BALANCE).withLatencyMs(250));
        s.market(1, Side.BUY, 0.1, false, T0);

        s.trade(T0 + 249, 50_000);
        assertThat(s.events.fills).isEmpty();
        s.trade(T0 + 250, 50_100);

        // 50 100 + 10.02 = 50 110.02; fee 5 011.002 × 0.05 % = 2.505501
        assertThat(s.events.fills).containsExactly(
                new RecordingListener.VFill(1, s.btc.id(), T0 + 250, Side.BUY, 5_011_002, 100, 2_505_501, false, false, "market"));
    }

    @Test
    void aBuyLimitFillsAtItsLimitOnceATradePrintsStrictlyBelow() {
        VenueScenario s = VenueScenario.defaults();
        s.limit(1, Side.BUY, 0.1, 49_900, false, T0);

        s.trade(T0 + 1, 49_900);
        assertThat(s.events.fills).isEmpty();
        s.trade(T0 + 2, 49_899.99);

        // 4 990 USD × 0.02 % = 0.998
        assertThat(s.events.fills).containsExactly(
                new RecordingListener.VFill(1, s.btc.id(), T0 + 2, Side.BUY, 4_990_000, 100, 998_000, true, false, "limit"));
    }

    @Test
    void aSellStopTriggersWhenATradeReachesItAndFillsAtThatTradePlusSlippage() {
        VenueScenario s = VenueScenario.defaults();
        s.stop(1, Side.SELL, 0.1, 49_500, false, T0);

        s.trade(T0 + 1, 49_600);
        assertThat(s.events.fills).isEmpty();
        s.trade(T0 + 2, 49_480);

        // 49 480 − 2 bps (9.896, rounded to 9.90) = 49 470.10; fee 4 947.01 × 0.05 % = 2.473505
        assertThat(s.events.fills).containsExactly(
                new RecordingListener.VFill(1, s.btc.id(), T0 + 2, Side.SELL, 4_947_010, 100, 2_473_505, false, false, "stop"));
        assertThat(s.positionQty()).isEqualTo(-100);
    }

    @Test
    void markPricesFillOrdersOnlyUntilTheFirstTrade() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, T0);
        s.mark(T0 + 1, 50_000);
        assertThat(s.events.lastFill().price()).isEqualTo(5_001_000);

        s.trade(T0 + 2, 50_050);
        s.limit(2, Side.BUY, 0.1, 49_000, false, T0 + 2);
        s.mark(T0 + 3, 48_000);
        assertThat(s.events.fills).hasSize(1);
        s.trade(T0 + 4, 48_999);
        assertThat(s.events.lastFill().price()).isEqualTo(4_900_000);
    }

    @Test
    void aStopAndATargetActLikeOneCancelsTheOther() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.market(1, Side.BUY, 0.1, false, T0);
        s.stop(2, Side.SELL, 0.1, 49_000, true, T0);
        s.limit(3, Side.SELL, 0.1, 51_000, true, T0);

        s.trade(T0 + 1, 50_000);
        s.trade(T0 + 2, 51_000.01);
        s.trade(T0 + 3, 48_000);

        assertThat(s.events.tape).containsExactly("fill 1", "fill 3", "cancel 2");
        assertThat(s.events.cancels).containsExactly(new RecordingListener.Cancel(2, T0 + 2));
    }

    @Test
    void equityMarksToTheLastTrade() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.market(1, Side.BUY, 0.1, false, T0);
        s.trade(T0 + 1, 50_000); // fee 2.50

        s.trade(T0 + 2, 50_123.45);

        assertThat(s.venue.equityUsd()).isEqualTo(10_009_845_000L); // 10 000 − 2.50 + 0.1 × 123.45
    }
}
