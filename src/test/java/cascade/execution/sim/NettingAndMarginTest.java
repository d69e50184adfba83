package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.closeOf;
import static cascade.execution.sim.VenueScenario.openOf;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.model.Position;
import cascade.model.RejectReason;
import cascade.market.Side;
import org.junit.jupiter.api.Test;

/** One-way netting, reduce-only and isolated-margin checks, on bars with default fees. */
class NettingAndMarginTest {

    @Test
    void aSellLargerThanTheLongClosesItRealisingPnlAndOpensAShortWithTheRest() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, closeOf(0));
        s.bar(1, 50_000, 50_500, 49_800, 50_200); // long 0.1 at 50 010.00, fee 2.5005
        s.market(2, Side.SELL, 0.3, false, closeOf(1));

        s.bar(2, 51_000, 51_200, 50_800, 51_100);

        // 51 000 − 10.20 = 50 989.80; fee 0.3 × 50 989.80 = 15 296.94 USD × 0.05 % = 7.64847
        assertThat(s.events.lastFill().price()).isEqualTo(5_098_980);
        assertThat(s.events.lastFill().qty()).isEqualTo(300);
        assertThat(s.events.lastFill().feeUsd()).isEqualTo(7_648_470);
        Position position = s.venue.position(s.btc.id());
        assertThat(position.qty()).isEqualTo(-200);
        assertThat(position.entryPrice()).isEqualTo(5_098_980);
        assertThat(position.marginUsd()).isEqualTo(1_019_796_000); // 0.2 × 50 989.80 / 10
        assertThat(position.liquidationPrice()).isEqualTo(5_588_482); // 50 989.80 × 1.096 = 55 884.8208
        // realised on the long: 0.1 × (50 989.80 − 50 010) = 97.98; 10 000 − 2.5005 + 97.98 − 7.64847
        assertThat(s.venue.balanceUsd()).isEqualTo(10_087_831_030L);
        // short 0.2 marked at 51 100: −0.2 × 110.20 = −22.04
        assertThat(s.venue.equityUsd()).isEqualTo(10_065_791_030L);
    }

    @Test
    void anIncreaseAveragesTheEntryAndAPartialReduceReleasesMarginProRata() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.market(1, Side.BUY, 0.1, false, closeOf(0));
        s.bar(1, 50_000, 50_100, 49_900, 50_000);
        s.market(2, Side.BUY, 0.3, false, closeOf(1));
        s.bar(2, 51_000, 51_100, 50_900, 51_000);

        Position position = s.venue.position(s.btc.id());
        assertThat(position.entryPrice()).isEqualTo(5_075_000); // (0.1 × 50 000 + 0.3 × 51 000) / 0.4
        assertThat(position.marginUsd()).isEqualTo(2_030_000_000); // 500 + 1 530
        assertThat(position.liquidationPrice()).isEqualTo(4_587_800); // 50 750 × 0.904

        s.market(3, Side.SELL, 0.2, false, closeOf(2));
        s.bar(3, 52_000, 52_100, 51_900, 52_000);

        assertThat(position.qty()).isEqualTo(200);
        assertThat(position.entryPrice()).isEqualTo(5_075_000);
        assertThat(position.marginUsd()).isEqualTo(1_015_000_000); // half released
        // fees 2.50 + 7.65 + 5.20; realised 0.2 × (52 000 − 50 750) = 250
        assertThat(s.venue.totalFeesUsd()).isEqualTo(15_350_000);
        assertThat(s.venue.balanceUsd()).isEqualTo(10_234_650_000L);
    }

    @Test
    void aReduceOnlyOrderIsClippedToThePosition() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, closeOf(0));
        s.bar(1, 50_000, 50_500, 49_800, 50_200);
        s.market(2, Side.SELL, 0.3, true, closeOf(1));

        s.bar(2, 51_000, 51_200, 50_800, 51_100);

        assertThat(s.events.lastFill().qty()).isEqualTo(100);
        assertThat(s.events.lastFill().price()).isEqualTo(5_098_980);
        assertThat(s.events.lastFill().feeUsd()).isEqualTo(2_549_490); // 5 098.98 × 0.05 %
        assertThat(s.positionQty()).isZero();
        // 10 000 − 2.5005 + 97.98 − 2.54949
        assertThat(s.venue.balanceUsd()).isEqualTo(10_092_930_010L);
    }

    @Test
    void aReduceOnlyOrderThatWouldOpenOrIncreaseIsRejected() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.SELL, 0.1, true, closeOf(0)); // flat: would open a short
        s.bar(1, 50_000, 50_500, 49_800, 50_200);
        s.market(2, Side.BUY, 0.1, false, closeOf(1));
        s.bar(2, 50_000, 50_500, 49_800, 50_200);
        s.market(3, Side.BUY, 0.1, true, closeOf(2)); // long: would increase
        s.bar(3, 50_000, 50_500, 49_800, 50_200);

        assertThat(s.events.rejects).containsExactly(
                new RecordingListener.Reject(1, RejectReason.REDUCE_ONLY_WOULD_INCREASE, openOf(1)),
                new RecordingListener.Reject(3, RejectReason.REDUCE_ONLY_WOULD_INCREASE, openOf(3)));
        assertThat(s.positionQty()).isEqualTo(100);
    }

    @Test
    void anOpeningOrderNeedsMarginPlusTakerFeeWithinTheAvailableBalance() {
        VenueScenario s = new VenueScenario(VenueConfig.defaults(1_000_000_000L)); // 1 000 USD
        s.market(1, Side.BUY, 0.2, false, closeOf(0));
        s.bar(1, 50_000, 50_500, 49_800, 50_200);

        // 0.2 × 50 010 = 10 002 USD: margin 1 000.20 at 10× plus fee 5.001 > 1 000
        assertThat(s.events.rejects).containsExactly(
                new RecordingListener.Reject(1, RejectReason.INSUFFICIENT_MARGIN, openOf(1)));
        assertThat(s.events.fills).isEmpty();
        assertThat(s.venue.balanceUsd()).isEqualTo(1_000_000_000L);

        s.venue.setLeverage(s.btc.id(), 20);
        s.market(2, Side.BUY, 0.2, false, closeOf(1));
        s.bar(2, 50_000, 50_500, 49_800, 50_200);

        // at 20×: margin 500.10 plus fee 5.001 fits
        assertThat(s.events.lastFill().orderId()).isEqualTo(2);
        assertThat(s.venue.position(s.btc.id()).marginUsd()).isEqualTo(500_100_000);
        assertThat(s.venue.availableUsd()).isEqualTo(494_899_000); // 1 000 − 5.001 − 500.10
    }

    @Test
    void aPositionKeepsTheLeverageItWasOpenedWith() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.market(1, Side.BUY, 0.1, false, closeOf(0));
        s.bar(1, 50_000, 50_100, 49_900, 50_000);
        s.venue.setLeverage(s.btc.id(), 20);
        s.market(2, Side.BUY, 0.1, false, closeOf(1));
        s.bar(2, 50_000, 50_100, 49_900, 50_000);

        Position position = s.venue.position(s.btc.id());
        assertThat(position.marginUsd()).isEqualTo(1_000_000_000); // both parts at 10×: 500 + 500
        assertThat(position.liquidationPrice()).isEqualTo(4_520_000);
    }
}
