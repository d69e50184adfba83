package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.T0;
import static cascade.execution.sim.VenueScenario.closeOf;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our own liquidation with the default Binance BTCUSDT brackets (a 5 000 USD position is in the first: 0.4 %, no
 * maintenance amount) and the default 1.25 % clearance fee, no slippage, entry 0.1 BTC at 50 000 (entry fee 2.50).
 * Liquidation prices: long 10× 45 200, short 10× 54 800, long 20× 47 700, short 20× 52 300.
 */
class LiquidationTest {

    @ParameterizedTest(name = "{0} at {1}x is liquidated at {2}")
    @CsvSource({
            // side, leverage, liquidation price, bar low, bar high, fee, balance after
            // (first maintenance bracket, 0.4 %, no amount; the clearance fee, 1.25 % of the notional closed, is
            // capped at the margin left after the loss: 0.4 % × 5 000 = 20 in each case)
            // long 10×: 50 000 × 0.904; loss 480 of the 500 margin; fee min(4 520 × 1.25 % = 56.50, 20)
            "BUY,  10, 4520000, 45000, 49100, 20000000, 9497500000",
            // short 10×: 50 000 × 1.096; loss 480; fee min(68.50, 20)
            "SELL, 10, 5480000, 48900, 55000, 20000000, 9497500000",
            // long 20×: 50 000 × 0.954; loss 230 of the 250 margin; fee min(59.625, 20)
            "BUY,  20, 4770000, 47600, 49100, 20000000, 9747500000",
            // short 20×: 50 000 × 1.046; loss 230; fee min(65.375, 20)
            "SELL, 20, 5230000, 48900, 52500, 20000000, 9747500000"})
    void thePositionIsClosedAtItsLiquidationPriceWhenTheAdverseExtremeReachesIt(Side side, int leverage,
            long liquidationPrice, double low, double high, long fee, long balance) {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.venue.setLeverage(s.btc.id(), leverage);
        s.market(1, side, 0.1, false, closeOf(0));
        s.bar(1, 50_000, 50_100, 49_900, 50_000);
        assertThat(s.venue.position(s.btc.id()).liquidationPrice()).isEqualTo(liquidationPrice);

        s.bar(2, 49_000, high, low, 49_000);

        assertThat(s.events.lastFill()).isEqualTo(new RecordingListener.VFill(SimulatedVenue.LIQUIDATION_ORDER_ID, s.btc.id(), closeOf(2),
                side.opposite(), liquidationPrice, 100, fee, false, true, "liquidation"));
        assertThat(s.positionQty()).isZero();
        assertThat(s.venue.balanceUsd()).isEqualTo(balance);
        assertThat(s.venue.availableUsd()).isEqualTo(balance);
    }

    @Test
    void aStopBetweenTheOpenAndTheLiquidationPriceFillsFirst() {
        VenueScenario s = longAt10x();
        s.stop(2, Side.SELL, 0.1, 46_000, true, closeOf(1));

        s.bar(2, 49_000, 49_100, 45_000, 45_500);

        assertThat(s.events.tape).containsExactly("fill 1", "fill 2");
        assertThat(s.events.lastFill().price()).isEqualTo(4_600_000);
        // 10 000 − 2.50 − 400 − 2.30
        assertThat(s.venue.balanceUsd()).isEqualTo(9_595_200_000L);
    }

    @Test
    void aStopBeyondTheLiquidationPriceIsTooLateAndIsCancelled() {
        VenueScenario s = longAt10x();
        s.stop(2, Side.SELL, 0.1, 45_000, true, closeOf(1));
        s.limit(3, Side.SELL, 0.1, 52_000, false, closeOf(1));

        s.bar(2, 49_000, 49_100, 44_000, 45_500);

        assertThat(s.events.tape).containsExactly("fill 1", "fill 0", "cancel 2", "cancel 3");
        assertThat(s.events.lastFill().price()).isEqualTo(4_520_000);
    }

    @Test
    void onEventDataTheMarkPriceDecidesLiquidationOnceItIsKnown() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.market(1, Side.BUY, 0.1, false, T0);
        s.mark(T0 + 1, 50_000);
        s.trade(T0 + 2, 50_000); // long 0.1 at 50 000, liquidation 45 200

        s.trade(T0 + 3, 45_100);
        assertThat(s.positionQty()).isEqualTo(100);

        s.mark(T0 + 4, 45_200);
        assertThat(s.events.lastFill().liquidation()).isTrue();
        assertThat(s.events.lastFill().price()).isEqualTo(4_520_000);
        assertThat(s.events.lastFill().timeMs()).isEqualTo(T0 + 4);
        assertThat(s.positionQty()).isZero();
    }

    @Test
    void withoutMarkPricesTradesDecideLiquidation() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.venue.setLeverage(s.btc.id(), 20);
        s.market(1, Side.SELL, 0.1, false, T0);
        s.trade(T0 + 1, 50_000); // short at 50 000, liquidation 52 300

        s.trade(T0 + 2, 52_299.99);
        assertThat(s.positionQty()).isEqualTo(-100);
        s.trade(T0 + 3, 52_400);

        assertThat(s.events.lastFill().liquidation()).isTrue();
        assertThat(s.events.lastFill().price()).isEqualTo(5_230_000);
    }

    /** Long 0.1 at 50 000, 10×, liquidation 45 200, entry fee 2.50. */
    private static VenueScenario longAt10x() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.market(1, Side.BUY, 0.1, false, closeOf(0));
        s.bar(1, 50_000, 50_100, 49_900, 50_000);
        return s;
    }
}
