package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.closeOf;
import static cascade.execution.sim.VenueScenario.openOf;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.model.Position;
import cascade.market.Side;
import org.junit.jupiter.api.Test;

/**
 * Fills on 4-hour bars with the default (Binance) settings: taker 0.05 %, maker 0.02 %, 2 bps slippage, 10×.
 * The strategy decides at a bar's close, so orders are created at closeOf(k) and first meet bar k+1.
 */
class BarFillTest {

    @Test
    void marketOrderAtACloseFillsAtTheNextOpenPlusSlippageAndPaysTheTakerFee() {
        VenueScenario s = VenueScenario.defaults();
        s.bar(0, 49_900, 50_100, 49_800, 50_000);
        s.market(1, Side.BUY, 0.1, false, closeOf(0));
        assertThat(s.events.fills).isEmpty();

        s.bar(1, 50_000, 50_500, 49_800, 50_200);

        // 50 000 + 2 bps (10.00) = 50 010.00; notional 0.1 × 50 010 = 5 001 USD; fee 0.05 % = 2.5005 USD
        assertThat(s.events.fills).containsExactly(
                new RecordingListener.VFill(1, s.btc.id(), openOf(1), Side.BUY, 5_001_000, 100, 2_500_500, false, false, "market"));
        Position position = s.venue.position(s.btc.id());
        assertThat(position.qty()).isEqualTo(100);
        assertThat(position.entryPrice()).isEqualTo(5_001_000);
        assertThat(position.marginUsd()).isEqualTo(500_100_000); // 5 001 / 10
        assertThat(position.liquidationPrice()).isEqualTo(4_520_904); // 50 010 × 0.904 = 45 209.04
        assertThat(s.venue.balanceUsd()).isEqualTo(9_997_499_500L); // 10 000 − 2.5005
        assertThat(s.venue.availableUsd()).isEqualTo(9_497_399_500L); // − 500.10 margin
        // marked at the close 50 200: + 0.1 × 190 = 19 USD
        assertThat(s.venue.equityUsd()).isEqualTo(10_016_499_500L);
        assertThat(s.venue.totalFeesUsd()).isEqualTo(2_500_500);
    }

    @Test
    void equityFollowsEachCloseWhileThePositionIsOpen() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.SELL, 0.2, false, closeOf(0));
        s.bar(1, 50_000, 50_100, 49_500, 49_600); // short 0.2 at 50 000 − 10 = 49 990.00, fee 0.2 × 49 990 × 0.05 % = 4.999

        assertThat(s.venue.balanceUsd()).isEqualTo(9_995_001_000L);
        assertThat(s.venue.equityUsd()).isEqualTo(10_073_001_000L); // + 0.2 × (49 990 − 49 600) = 78
        s.bar(2, 49_600, 50_700, 49_600, 50_500);
        assertThat(s.venue.equityUsd()).isEqualTo(9_893_001_000L); // − 0.2 × (50 500 − 49 990) = −102
        assertThat(s.venue.balanceUsd()).isEqualTo(9_995_001_000L);
    }

    @Test
    void latencyPastTheNextOpenDefersAMarketOrderToTheFollowingOpen() {
        VenueScenario s = new VenueScenario(VenueConfig.defaults(VenueScenario.BALANCE).withLatencyMs(1_000));
        s.market(1, Side.BUY, 0.1, false, closeOf(0)); // live one second after bar 1 opened

        s.bar(1, 50_000, 50_500, 49_800, 50_200);
        assertThat(s.events.fills).isEmpty();

        s.bar(2, 51_000, 51_500, 50_800, 51_200);
        assertThat(s.events.lastFill().price()).isEqualTo(5_101_020); // 51 000 + 10.20
        assertThat(s.events.lastFill().timeMs()).isEqualTo(openOf(2));
    }

    @Test
    void buyLimitFillsAtItsLimitWithTheMakerFeeOnlyWhenTheLowIsStrictlyBelow() {
        VenueScenario s = VenueScenario.defaults();
        s.limit(1, Side.BUY, 0.2, 49_000, false, closeOf(0));

        s.bar(1, 50_000, 50_100, 49_000, 49_500); // touches 49 000 but never trades below it
        assertThat(s.events.fills).isEmpty();

        s.bar(2, 49_500, 49_800, 48_900, 49_300);
        // 0.2 × 49 000 = 9 800 USD; maker 0.02 % = 1.96 USD; no slippage on a maker fill
        assertThat(s.events.fills).containsExactly(
                new RecordingListener.VFill(1, s.btc.id(), closeOf(2), Side.BUY, 4_900_000, 200, 1_960_000, true, false, "limit"));
        assertThat(s.venue.balanceUsd()).isEqualTo(9_998_040_000L);
    }

    @Test
    void limitFillsAtTheOpenWhenTheBarOpensBetter() {
        VenueScenario s = VenueScenario.defaults();
        s.limit(1, Side.BUY, 0.2, 49_000, false, closeOf(0));

        s.bar(1, 48_800, 49_200, 48_500, 49_000);

        assertThat(s.events.lastFill().price()).isEqualTo(4_880_000);
        assertThat(s.events.lastFill().feeUsd()).isEqualTo(1_952_000); // 0.2 × 48 800 × 0.02 % = 1.952
        assertThat(s.events.lastFill().maker()).isTrue();
    }

    @Test
    void whenStopAndTargetAreBothInsideOneBarTheStopFillsFirstAndTheTargetIsCancelled() {
        VenueScenario s = longOneTenthAt50010();
        s.stop(2, Side.SELL, 0.1, 49_000, true, closeOf(1));
        s.limit(3, Side.SELL, 0.1, 51_000, true, closeOf(1));

        s.bar(2, 50_200, 51_500, 48_500, 50_000);

        assertThat(s.events.tape).containsExactly("fill 1", "fill 2", "cancel 3");
        // stop 49 000 − 2 bps (9.80) = 48 990.20; 0.1 × 48 990.20 = 4 899.02 USD; taker fee 2.44951 USD
        assertThat(s.events.lastFill()).isEqualTo(
                new RecordingListener.VFill(2, s.btc.id(), closeOf(2), Side.SELL, 4_899_020, 100, 2_449_510, false, false, "stop"));
        assertThat(s.positionQty()).isZero();
        // 10 000 − 2.5005 (entry fee) − 101.98 (0.1 × (48 990.20 − 50 010)) − 2.44951
        assertThat(s.venue.balanceUsd()).isEqualTo(9_893_069_990L);
        assertThat(s.venue.equityUsd()).isEqualTo(9_893_069_990L);
    }

    @Test
    void whenOnlyTheTargetIsReachedItFillsAsMakerAndTheStopIsCancelled() {
        VenueScenario s = longOneTenthAt50010();
        s.stop(2, Side.SELL, 0.1, 49_000, true, closeOf(1));
        s.limit(3, Side.SELL, 0.1, 51_000, true, closeOf(1));

        s.bar(2, 50_200, 51_500, 49_500, 51_200);

        assertThat(s.events.tape).containsExactly("fill 1", "fill 3", "cancel 2");
        assertThat(s.events.lastFill().price()).isEqualTo(5_100_000);
        assertThat(s.events.lastFill().feeUsd()).isEqualTo(1_020_000); // 5 100 × 0.02 %
        // 10 000 − 2.5005 + 99 (0.1 × (51 000 − 50 010)) − 1.02
        assertThat(s.venue.balanceUsd()).isEqualTo(10_095_479_500L);
    }

    @Test
    void aBarThatOpensBeyondTheStopFillsItAtTheOpenPlusSlippage() {
        VenueScenario s = longOneTenthAt50010();
        s.stop(2, Side.SELL, 0.1, 49_000, true, closeOf(1));
        s.limit(3, Side.SELL, 0.1, 51_000, true, closeOf(1));

        s.bar(2, 48_500, 48_800, 48_000, 48_200);

        assertThat(s.events.tape).containsExactly("fill 1", "fill 2", "cancel 3");
        // open 48 500 − 9.70 = 48 490.30; fee 4 849.03 × 0.05 % = 2.424515
        assertThat(s.events.lastFill().price()).isEqualTo(4_849_030);
        assertThat(s.events.lastFill().feeUsd()).isEqualTo(2_424_515);
        // 10 000 − 2.5005 − 151.97 − 2.424515
        assertThat(s.venue.balanceUsd()).isEqualTo(9_843_104_985L);
    }

    @Test
    void aShortsStopAboveIsReachedOnTheWayToTheHighBeforeATargetBelow() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.SELL, 0.1, false, closeOf(0));
        s.bar(1, 50_000, 50_200, 49_800, 50_000); // short at 49 990.00
        s.stop(2, Side.BUY, 0.1, 51_000, true, closeOf(1));
        s.limit(3, Side.BUY, 0.1, 49_000, true, closeOf(1));

        s.bar(2, 50_000, 51_200, 48_800, 49_500);

        assertThat(s.events.tape).containsExactly("fill 1", "fill 2", "cancel 3");
        assertThat(s.events.lastFill().price()).isEqualTo(5_101_020); // 51 000 + 10.20
    }

    /** Bar 1 fills a market buy of 0.1 BTC at 50 010.00 (50 000 + 2 bps); fee 2.5005 USD. */
    private static VenueScenario longOneTenthAt50010() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, closeOf(0));
        s.bar(1, 50_000, 50_500, 49_800, 50_200);
        assertThat(s.venue.position(s.btc.id()).entryPrice()).isEqualTo(5_001_000);
        return s;
    }
}
