package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.model.RejectReason;
import cascade.market.Side;
import org.junit.jupiter.api.Test;

/** Submitting, cancelling and rejecting orders: every outcome is a report, never an exception. */
class OrderLifecycleTest {

    @Test
    void aCancelledOrderNeverFillsAndASecondCancelIsAnsweredWithUnknownOrder() {
        VenueScenario s = VenueScenario.defaults();
        Order order = s.limit(1, Side.BUY, 0.1, 49_000, false, T0);

        s.cancel(order, T0 + 5);
        s.cancel(order, T0 + 6);
        s.trade(T0 + 8, 48_000);

        assertThat(s.events.tape).containsExactly("cancel 1", "reject 1 UNKNOWN_ORDER");
        assertThat(s.events.cancels).containsExactly(new RecordingListener.Cancel(1, T0 + 5));
    }

    @Test
    void cancelAllCancelsEveryWorkingOrderOfTheInstrument() {
        VenueScenario s = VenueScenario.defaults();
        s.limit(1, Side.BUY, 0.1, 49_000, false, T0);
        s.stop(2, Side.SELL, 0.1, 48_000, false, T0);

        s.venue.cancelAll(s.btc.id(), T0 + 1);
        s.venue.deliver();

        assertThat(s.events.tape).containsExactly("cancel 1", "cancel 2");
    }

    @Test
    void aReusedIdANegativeIdOrAnUnknownInstrumentIsRejectedAsInvalid() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, T0);
        s.market(1, Side.BUY, 0.2, false, T0);
        s.market(-5, Side.BUY, 0.1, false, T0);
        s.submit(Order.market(2, 7, Side.BUY, 100, false, T0, cascade.model.Purpose.ENTRY));

        assertThat(s.events.rejects).extracting(RecordingListener.Reject::reason).containsExactly(
                RejectReason.INVALID_ORDER, RejectReason.INVALID_ORDER, RejectReason.INVALID_ORDER);
        s.trade(T0 + 1, 50_000);
        assertThat(s.events.fills).extracting(RecordingListener.VFill::qty).containsExactly(100L);
    }

    @Test
    void anOrderPlacedFromAFillCallbackWaitsForTheNextPrice() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.events.onFill = fill -> {
            if (fill.orderId() == 1) {
                s.submit(Order.market(2, s.btc.id(), Side.SELL, 100, true, fill.timeMs(), cascade.model.Purpose.STOP));
            }
        };
        s.market(1, Side.BUY, 0.1, false, T0);

        s.trade(T0 + 1, 50_000);
        assertThat(s.events.fills).extracting(RecordingListener.VFill::orderId).containsExactly(1L);
        s.trade(T0 + 2, 50_500);

        assertThat(s.events.fills).extracting(RecordingListener.VFill::orderId, RecordingListener.VFill::price)
                .containsExactly(tuple(1L, 5_000_000L),
                        tuple(2L, 5_050_000L));
    }

    @Test
    void anInvalidLeverageIsACallerBug() {
        VenueScenario s = VenueScenario.defaults();

        assertThatThrownBy(() -> s.venue.setLeverage(s.btc.id(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("leverage must be in 1..125, was 0");
    }
}
