package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.execution.sim.RecordingListener.VFill;
import cascade.market.Side;
import org.junit.jupiter.api.Test;

/**
 * Our own liquidation in the second Binance BTCUSDT bracket: 100 000 USD balance, 2 BTC long at 50 000 at 10×
 * (notional 100 000: rate 0.5 %, maintenance amount 50), no slippage, entry fee 100 000 × 0.05 % = 50.
 * Liquidation price 50 000 × (1 − 0.1 + 0.005) − 50 / 2 = 45 225 (a flat 0.4 % would give 45 200).
 */
class TieredLiquidationTest {
    private static final long BALANCE = 100_000_000_000L;

    private static VenueScenario longTwoBtc(VenueConfig config) {
        VenueScenario s = new VenueScenario(config.withSlippage(SlippageModel.NONE));
        s.market(1, Side.BUY, 2.0, false, T0);
        s.trade(T0 + 1, 50_000, 5.0);
        return s;
    }

    @Test
    void theLiquidationPriceComesFromTheBracketOfThePositionsNotional() {
        VenueScenario s = longTwoBtc(VenueConfig.defaults(BALANCE));
        assertThat(s.venue.position(s.btc.id()).liquidationPrice()).isEqualTo(4_522_500);
        VenueScenario flat = longTwoBtc(VenueConfig.defaults(BALANCE).withMaintenanceMarginRate(0.004));
        assertThat(flat.venue.position(flat.btc.id()).liquidationPrice()).isEqualTo(4_520_000);
        // a short of the same size: 50 000 × (1 + 0.1 − 0.005) + 25 = 54 775
        VenueScenario shortSide = new VenueScenario(VenueConfig.defaults(BALANCE).withSlippage(SlippageModel.NONE));
        shortSide.market(1, Side.SELL, 2.0, false, T0);
        shortSide.trade(T0 + 1, 50_000, 5.0);
        assertThat(shortSide.venue.position(shortSide.btc.id()).liquidationPrice()).isEqualTo(5_477_500);
    }

    @Test
    void theClearanceFeeTakesWhatIsLeftOfTheMarginWhenItIsSmallerThanTheFee() {
        VenueScenario s = longTwoBtc(VenueConfig.defaults(BALANCE));

        s.mark(T0 + 2, 45_225.01);
        assertThat(s.positionQty()).isEqualTo(2_000);
        s.mark(T0 + 3, 45_225);

        // loss 2 × 4 775 = 9 550 of the 10 000 margin; fee min(90 450 × 1.25 % = 1 130.625, 450) = 450
        assertThat(s.events.lastFill()).isEqualTo(new VFill(SimulatedVenue.LIQUIDATION_ORDER_ID, s.btc.id(), T0 + 3,
                Side.SELL, 4_522_500, 2_000, 450_000_000, false, true, "liquidation"));
        // 100 000 − 50 − 9 550 − 450: the whole margin and the entry fee are gone
        assertThat(s.venue.balanceUsd()).isEqualTo(89_950_000_000L);
        assertThat(s.venue.totalFeesUsd()).isEqualTo(500_000_000L);
    }

    @Test
    void aSmallerClearanceRateIsChargedOnTheNotionalClosed() {
        VenueScenario s = longTwoBtc(VenueConfig.defaults(BALANCE).withLiquidationFeeRate(0.004));

        s.mark(T0 + 2, 45_000);

        // 90 450 × 0.4 % = 361.80 < the 450 left
        assertThat(s.events.lastFill().feeUsd()).isEqualTo(361_800_000L);
        assertThat(s.venue.balanceUsd()).isEqualTo(90_038_200_000L);
    }

    @Test
    void noClearanceFeeWhenItIsSetToZero() {
        VenueScenario s = longTwoBtc(VenueConfig.defaults(BALANCE).withLiquidationFeeRate(0));

        s.mark(T0 + 2, 45_000);

        assertThat(s.events.lastFill().liquidation()).isTrue();
        assertThat(s.events.lastFill().feeUsd()).isZero();
        assertThat(s.venue.balanceUsd()).isEqualTo(90_400_000_000L); // 100 000 − 50 − 9 550
    }
}
