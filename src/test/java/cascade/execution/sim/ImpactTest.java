package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import cascade.execution.sim.RecordingListener.VFill;
import cascade.market.Fixed;
import cascade.market.Side;
import org.junit.jupiter.api.Test;

/**
 * Market impact on top of the 2 bps slippage. The minute before the order trades 20 BTC at 50 000 = 1 000 000 USD,
 * the impact's recent volume.
 */
class ImpactTest {
    private static final long MINUTE = 60_000;
    private static final long MILLION_USD = 1_000_000_000_000L;

    private static VenueScenario withImpact(ImpactModel impact) {
        VenueScenario s = new VenueScenario(VenueConfig.defaults(VenueScenario.BALANCE).withImpact(impact));
        s.trade(T0 + 1_000, 50_000, 20.0); // the minute [T0, T0 + 60 s): 1 000 000 USD
        return s;
    }

    @Test
    void squareRootImpactMovesEveryPieceByTheWholeOrdersShareOfRecentVolume() {
        VenueScenario s = withImpact(new ImpactModel(ImpactModel.Shape.SQRT, 10));
        s.market(1, Side.BUY, 1.0, false, T0 + MINUTE);

        s.trade(T0 + MINUTE + 1, 50_000, 0.4);
        s.trade(T0 + MINUTE + 2, 50_100, 0.6);

        int btc = s.btc.id();
        assertThat(s.events.fills).containsExactly(
                // 50 000: slippage 10.00; impact 10 × √(50 000 / 1 000 000) = 2.236068 bps = 11.18 → 50 021.18;
                // fee 0.4 × 50 021.18 = 20 008.472 × 0.05 % = 10.004236
                new VFill(1, btc, T0 + MINUTE + 1, Side.BUY, 5_002_118, 400, 10_004_236, false, false, "market"),
                // 50 100: slippage 10.02; impact 10 × √(50 100 / 1 000 000) = 2.238303 bps = 11.21 → 50 121.23
                // (the minute's volume is still the previous one); fee 30 072.738 × 0.05 % = 15.036369
                new VFill(1, btc, T0 + MINUTE + 2, Side.BUY, 5_012_123, 600, 15_036_369, false, false, "market"));
    }

    @Test
    void linearImpactIsTheShareTimesTheCoefficientAndSellsPayItDownwards() {
        VenueScenario s = withImpact(new ImpactModel(ImpactModel.Shape.LINEAR, 10));
        s.market(1, Side.SELL, 1.0, false, T0 + MINUTE);

        s.trade(T0 + MINUTE + 1, 50_000, 2.0);

        // 50 000 − 10.00 − 10 × 0.05 = 0.5 bps (2.50) = 49 987.50
        assertThat(s.events.lastFill().price()).isEqualTo(4_998_750);
    }

    @Test
    void noImpactWithoutARecentMinuteOfVolume() {
        VenueScenario s = new VenueScenario(VenueConfig.defaults(VenueScenario.BALANCE)
                .withImpact(new ImpactModel(ImpactModel.Shape.SQRT, 10)));
        s.market(1, Side.BUY, 1.0, false, T0);

        s.trade(T0 + 1, 50_000, 2.0); // the first minute of data: nothing to compare the order with

        assertThat(s.events.lastFill().price()).isEqualTo(5_001_000);
    }

    @Test
    void theImpactTermItself() {
        ImpactModel sqrt = new ImpactModel(ImpactModel.Shape.SQRT, 10);
        assertThat(sqrt.bps(40_000_000_000L, MILLION_USD)).isEqualTo(2.0, offset(1e-12)); // √0.04 = 0.2
        assertThat(sqrt.move(Side.SELL, 5_000_000, 40_000_000_000L, MILLION_USD)).isEqualTo(-1_000); // −10.00
        assertThat(sqrt.bps(40_000_000_000L, Fixed.UNKNOWN)).isZero();
        assertThat(sqrt.bps(40_000_000_000L, 0)).isZero();
        assertThat(ImpactModel.NONE.bps(40_000_000_000L, MILLION_USD)).isZero();
        assertThatThrownBy(() -> new ImpactModel(ImpactModel.Shape.SQRT, -1))
                .hasMessage("venue.impactBps must be in [0, 1000.0], was -1.0");
        assertThat(ImpactModel.Shape.parse(" Linear ")).isEqualTo(ImpactModel.Shape.LINEAR);
        assertThatThrownBy(() -> ImpactModel.Shape.parse("cubic")).hasMessage("must be sqrt or linear, was 'cubic'");
    }
}
