package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.HOUR;
import static cascade.execution.sim.VenueScenario.T0;
import static cascade.execution.sim.VenueScenario.closeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cascade.model.FundingPayment;
import cascade.market.Fixed;
import cascade.market.Side;
import org.junit.jupiter.api.Test;

/**
 * Funding every 8 h from 00:00 UTC. Rates are in RATE_SCALE (1e-10): 1 000 000 = 0.0001 = 0.01 %. Bar 1 of the
 * scenario spans 04:00–08:00 and so contains the 08:00 funding time; bar 0 (00:00–04:00) contains none.
 */
class FundingTest {
    private static final long RATE_001_PCT = 1_000_000;

    @Test
    void aLongPaysPositiveFundingAtTheBarCloseThatContainsTheFundingTime() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, closeOf(0));
        s.bar(0, 49_900, 50_100, 49_800, 50_000, RATE_001_PCT);
        assertThat(s.venue.fundingSettlements()).isZero();

        s.bar(1, 50_000, 50_500, 49_800, 50_200, RATE_001_PCT);

        // −0.1 × 50 200 × 0.0001 = −0.502 USD
        assertThat(s.events.funding).containsExactly(
                new FundingPayment(s.btc.id(), T0 + 8 * HOUR, 100, 5_020_000, RATE_001_PCT, -502_000));
        assertThat(s.venue.totalFundingUsd()).isEqualTo(-502_000);
        assertThat(s.venue.balanceUsd()).isEqualTo(9_996_997_500L); // 10 000 − 2.5005 fee − 0.502
        assertThat(s.venue.fundingSettlements()).isEqualTo(1);
        assertThat(s.venue.fundingUnknown()).isZero();
    }

    @Test
    void aShortReceivesPositiveFunding() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.SELL, 0.1, false, closeOf(0));

        s.bar(1, 50_000, 50_500, 49_800, 50_200, RATE_001_PCT);

        assertThat(s.events.funding).extracting(FundingPayment::amountUsd).containsExactly(502_000L);
        assertThat(s.venue.totalFundingUsd()).isEqualTo(502_000);
    }

    @Test
    void anUnknownRatePaysNothingButIsCounted() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, closeOf(0));

        s.bar(1, 50_000, 50_500, 49_800, 50_200, Fixed.UNKNOWN);
        s.bar(2, 50_200, 50_500, 49_800, 50_200, Fixed.UNKNOWN); // 08:00–12:00: no funding time
        s.bar(3, 50_200, 50_500, 49_800, 50_300, RATE_001_PCT); // 12:00–16:00: pays −0.503

        assertThat(s.venue.fundingSettlements()).isEqualTo(2);
        assertThat(s.venue.fundingUnknown()).isEqualTo(1);
        assertThat(s.events.funding).extracting(FundingPayment::fundingTimeMs).containsExactly(T0 + 16 * HOUR);
        assertThat(s.venue.totalFundingUsd()).isEqualTo(-503_000);
    }

    @Test
    void fundingTimesAreCountedWhileFlatWithoutPayments() {
        VenueScenario s = VenueScenario.defaults();

        s.bar(1, 50_000, 50_500, 49_800, 50_200, RATE_001_PCT);

        assertThat(s.venue.fundingSettlements()).isEqualTo(1);
        assertThat(s.events.funding).isEmpty();
    }

    @Test
    void aBarSettlesEveryFundingTimeAfterItsOpenUpToAndIncludingItsClose() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, T0);

        // 8-hour bar 00:00–08:00: 08:00 only (its open, 00:00, belongs to the bar before)
        s.bar(T0, T0 + 8 * HOUR, 50_000, 50_500, 49_800, 50_200, RATE_001_PCT);
        // 16-hour bar 08:00–24:00: 16:00 and 24:00, at its close 51 000 and rate 0.02 %
        s.bar(T0 + 8 * HOUR, T0 + 24 * HOUR, 50_200, 51_500, 50_000, 51_000, 2 * RATE_001_PCT);

        // −0.1 × 50 200 × 0.0001 = −0.502; then twice −0.1 × 51 000 × 0.0002 = −1.02
        assertThat(s.events.funding).extracting(FundingPayment::fundingTimeMs, FundingPayment::amountUsd)
                .containsExactly(tuple(T0 + 8 * HOUR, -502_000L),
                        tuple(T0 + 16 * HOUR, -1_020_000L),
                        tuple(T0 + 24 * HOUR, -1_020_000L));
        assertThat(s.venue.totalFundingUsd()).isEqualTo(-2_542_000);
        assertThat(s.venue.fundingSettlements()).isEqualTo(3);
    }

    @Test
    void aPositionStoppedOutInsideTheBarIsNotChargedAtItsClose() {
        VenueScenario s = VenueScenario.defaults();
        s.market(1, Side.BUY, 0.1, false, closeOf(0));
        s.stop(2, Side.SELL, 0.1, 49_900, true, closeOf(0));

        s.bar(1, 50_000, 50_500, 49_800, 50_200, RATE_001_PCT);

        assertThat(s.events.tape).containsExactly("fill 1", "fill 2");
        assertThat(s.events.funding).isEmpty();
        assertThat(s.venue.fundingSettlements()).isEqualTo(1);
    }

    @Test
    void aFundingEventSettlesOnceAtItsFundingTimeAtTheLatestMark() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.market(1, Side.SELL, 0.1, false, T0 - 2_000);
        s.trade(T0 - 1_000, 50_000); // short 0.1 at 50 000
        s.mark(T0 - 500, 50_100);

        s.funding(T0 - 100, RATE_001_PCT, T0); // a predicted rate: not settled yet
        assertThat(s.events.funding).isEmpty();
        s.funding(T0, RATE_001_PCT, T0);
        s.funding(T0 + 1_000, RATE_001_PCT, T0); // the same settlement again

        // +0.1 × 50 100 × 0.0001 = +0.501 USD received
        assertThat(s.events.funding).containsExactly(
                new FundingPayment(s.btc.id(), T0, -100, 5_010_000, RATE_001_PCT, 501_000));
        assertThat(s.venue.fundingSettlements()).isEqualTo(1);

        s.funding(T0 + 8 * HOUR, Fixed.UNKNOWN, T0 + 8 * HOUR);
        assertThat(s.venue.fundingSettlements()).isEqualTo(2);
        assertThat(s.venue.fundingUnknown()).isEqualTo(1);
        assertThat(s.venue.totalFundingUsd()).isEqualTo(501_000);
    }
}
