package cascade.execution.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import cascade.market.Fixed;
import cascade.market.Side;
import org.junit.jupiter.api.Test;

/** Prices in units of 0.01 USD, notional and volume in USD micros. */
class SlippageModelTest {
    private static final long PRICE_50000 = 5_000_000;
    private static final long NOTIONAL_5000_USD = 5_000_000_000L;

    @Test
    void fixedBpsMoveThePriceAgainstTheTaker() {
        SlippageModel model = SlippageModel.DEFAULT;

        assertThat(model.fillPrice(Side.BUY, PRICE_50000, NOTIONAL_5000_USD, Fixed.UNKNOWN)).isEqualTo(5_001_000);
        assertThat(model.fillPrice(Side.SELL, PRICE_50000, NOTIONAL_5000_USD, Fixed.UNKNOWN)).isEqualTo(4_999_000);
    }

    @Test
    void impactGrowsWithTheOrdersShareOfRecentVolume() {
        SlippageModel model = new SlippageModel(2.0, 10.0, 60_000);
        long recentMillionUsd = 1_000_000_000_000L;

        // share 5 000 / 1 000 000 = 0.005 → 2 + 10 × 0.005 = 2.05 bps → 50 000 × 0.000205 = 10.25
        assertThat(model.bps(NOTIONAL_5000_USD, recentMillionUsd)).isEqualTo(2.05, offset(1e-12));
        assertThat(model.fillPrice(Side.BUY, PRICE_50000, NOTIONAL_5000_USD, recentMillionUsd)).isEqualTo(5_001_025);
        // unknown or zero volume: the fixed part only
        assertThat(model.fillPrice(Side.BUY, PRICE_50000, NOTIONAL_5000_USD, Fixed.UNKNOWN)).isEqualTo(5_001_000);
        assertThat(model.fillPrice(Side.BUY, PRICE_50000, NOTIONAL_5000_USD, 0)).isEqualTo(5_001_000);
    }

    @Test
    void feesAreRoundedOnceToTheMicro() {
        // 4 947.01 USD × 0.05 % = 2.473505; × 0.02 % = 0.989402
        assertThat(FeeModel.BINANCE_USDM.feeUsd(4_947_010_000L, false)).isEqualTo(2_473_505);
        assertThat(FeeModel.BINANCE_USDM.feeUsd(4_947_010_000L, true)).isEqualTo(989_402);
    }
}
