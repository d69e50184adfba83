package cascade.execution.sim;

import static cascade.execution.sim.VenueScenario.HOUR;
import static cascade.execution.sim.VenueScenario.T0;
import static cascade.execution.sim.VenueScenario.closeOf;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.feed.csv.ForceOrderCsvReader;
import cascade.market.Instrument;
import cascade.market.Side;
import cascade.model.FundingPayment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Money along fills, fees and funding is exact integer arithmetic, rounded half away from zero; the expectations
 * are computed independently in BigDecimal. Large sizes use the forceOrder reader's scales (price 1e-8, qty
 * 1e-6), where qty × price overflows a long from about 0.92 BTC at 100 000 USD.
 */
class ExactMoneyTest {
    private static final Instrument BTC = new Instrument(0, "binance", "BTCUSDT", ForceOrderCsvReader.PRICE_SCALE,
            ForceOrderCsvReader.QTY_SCALE);

    private static long units(String decimal, int scale) {
        return new BigDecimal(decimal).setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    private static long rounded(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    @Test
    void theAveragePriceOfAThousandBtcAt120kIsExactAtForceOrderScales() {
        long p1 = units("120000.12345678", 8);
        long q1 = units("1000.000001", 6);
        long p2 = units("119999.87654321", 8);
        long q2 = units("250.5", 6);
        BigDecimal expected = new BigDecimal("120000.12345678").multiply(new BigDecimal("1000.000001"))
                .add(new BigDecimal("119999.87654321").multiply(new BigDecimal("250.5")))
                .divide(new BigDecimal("1250.500001"), 8, RoundingMode.HALF_UP);

        assertThat(PositionChange.averagePrice(p1, q1, p2, q2)).isEqualTo(expected.unscaledValue().longValueExact());
        // a tie between two adjacent price units rounds up: (1 × 1 + 2 × 1) / 2 = 1.5 → 2
        assertThat(PositionChange.averagePrice(1, 1, 2, 1)).isEqualTo(2);
        assertThat(PositionChange.averagePrice(5, 2, 6, 1)).isEqualTo(5); // 16 / 3 = 5.33
    }

    @Test
    void increasingABigPositionAveragesItsEntryInsteadOfOverflowing() {
        SimPosition position = new SimPosition(BTC, MaintenanceTiers.flat(0.004));
        long price1 = units("120000", 8);
        position.apply(PositionChange.of(position, Side.BUY, units("1000", 6), price1, 10, BTC));
        long price2 = units("120000.00000003", 8);

        PositionChange increase = PositionChange.of(position, Side.BUY, units("0.000002", 6), price2, 10, BTC);

        // (1000 × 120000 + 0.000002 × 120000.00000003) / 1000.000002 = 120000.00000000000006: 12 000 000 000 000 units
        assertThat(increase.newEntryPrice()).isEqualTo(12_000_000_000_000L);
        assertThat(increase.newQty()).isEqualTo(1_000_000_002L);
        // margin of the added 0.000002 BTC: 0.24 USD / 10 = 0.024 USD
        assertThat(increase.addedMarginUsd()).isEqualTo(24_000);
    }

    @Test
    void closingHalfOfAPositionReleasesHalfItsMarginRoundedAwayFromZero() {
        SimPosition position = new SimPosition(BTC, MaintenanceTiers.flat(0.004));
        // 885.577188 BTC long at 125 700 USD, 10×: 11 131 957.826685 USD of margin (odd micros)
        long held = 885_577_188L;
        long margin = 11_131_957_826_685L;
        position.apply(new PositionChange(0, held, 0, 0, margin, held, units("125700", 8), 10));

        PositionChange half = PositionChange.of(position, Side.SELL, held / 2, units("125700", 8), 10, BTC);

        // 5 565 978.9133425 USD → 5 565 978.913343 (a double product gave …342)
        assertThat(half.releasedMarginUsd()).isEqualTo(5_565_978_913_343L);
        assertThat(half.realisedPnlUsd()).isZero();
    }

    @Test
    void aPartialCloseReleasesExactlyItsShareOfTheMargin() {
        SimPosition position = new SimPosition(BTC, MaintenanceTiers.flat(0.004));
        long held = units("1234.567891", 6);
        long entry = units("123456.78901234", 8);
        position.apply(PositionChange.of(position, Side.SELL, held, entry, 7, BTC));
        long margin = position.marginUsd();
        BigDecimal notional = new BigDecimal("1234.567891").multiply(new BigDecimal("123456.78901234"));
        assertThat(margin).isEqualTo(rounded(notional, 6) / 7 + (rounded(notional, 6) % 7 * 2 >= 7 ? 1 : 0));

        long close = units("333.333333", 6);
        long exit = units("100000.00000001", 8);
        PositionChange change = PositionChange.of(position, Side.BUY, close, exit, 7, BTC);

        BigDecimal share = BigDecimal.valueOf(margin).multiply(BigDecimal.valueOf(close))
                .divide(BigDecimal.valueOf(held), 0, RoundingMode.HALF_UP);
        assertThat(change.releasedMarginUsd()).isEqualTo(share.longValueExact());
        // a short closed lower gains: 333.333333 × (123456.78901234 − 100000.00000001)
        BigDecimal gain = new BigDecimal("333.333333")
                .multiply(new BigDecimal("123456.78901234").subtract(new BigDecimal("100000.00000001")));
        assertThat(change.realisedPnlUsd()).isEqualTo(rounded(gain, 6));
        assertThat(position.unrealisedUsd(exit, BTC)).isEqualTo(rounded(new BigDecimal("1234.567891")
                .multiply(new BigDecimal("123456.78901234").subtract(new BigDecimal("100000.00000001"))), 6));
        assertThat(position.unrealisedUsd(units("130000", 8), BTC)).isEqualTo(rounded(new BigDecimal("1234.567891")
                .multiply(new BigDecimal("123456.78901234").subtract(new BigDecimal("130000"))), 6));
    }

    @Test
    void feesAreExactAndRoundHalfAwayFromZero() {
        FeeModel rebate = new FeeModel(-0.0001, 0.0005);
        // 0.025 USD × −0.01 % = −2.5 micros → −3 (away from zero, like +2.5 → +3)
        assertThat(rebate.feeUsd(25_000, true)).isEqualTo(-3);
        assertThat(rebate.feeUsd(5_000, false)).isEqualTo(3);
        // 123 456 789 012.345679 USD × 0.05 % = 61 728 394.5061728395 USD: beyond what a double holds to the micro
        long notional = 123_456_789_012_345_679L;
        assertThat(FeeModel.BINANCE_USDM.feeUsd(notional, false)).isEqualTo(rounded(
                BigDecimal.valueOf(notional).multiply(new BigDecimal("0.0005")), 0));
        assertThat(FeeModel.BINANCE_USDM.feeUsd(notional, true)).isEqualTo(rounded(
                BigDecimal.valueOf(notional).multiply(new BigDecimal("0.0002")), 0));
        // the rates as configured stay readable as fractions
        assertThat(rebate.makerRate()).isEqualTo(-0.0001);
        assertThat(rebate.takerRate()).isEqualTo(0.0005);
    }

    @Test
    void fundingIsExactToTheMicro() {
        VenueScenario s = VenueScenario.withoutSlippage();
        s.market(1, Side.BUY, 0.1, false, closeOf(0));
        // bar 1 opens at 94 901.00 and closes at 94 901.65, containing the 08:00 funding time
        s.bar(1, 94_901, 95_000, 94_800, 94_901.65, 1_000_000);

        // −0.1 × 94 901.65 × 0.0001 = −0.9490165 USD = −949 016.5 micros → −949 017 (a double gave −949 016.4999…)
        assertThat(s.events.funding).containsExactly(
                new FundingPayment(s.btc.id(), T0 + 8 * HOUR, 100, 9_490_165, 1_000_000, -949_017));
    }

    @Test
    void fundingOnAThousandBtcAtForceOrderScalesIsExact() {
        SimPosition position = new SimPosition(BTC, MaintenanceTiers.flat(0.004));
        position.apply(PositionChange.of(position, Side.SELL, units("1000.000001", 6), units("120000", 8), 10, BTC));

        long amount = FundingSettler.amountUsd(position.qty(), units("120001.23456789", 8), 1_234_567, BTC);

        // a short receives a positive rate: 1000.000001 × 120001.23456789 × 0.0001234567
        BigDecimal expected = new BigDecimal("1000.000001").multiply(new BigDecimal("120001.23456789"))
                .multiply(new BigDecimal("0.0001234567"));
        assertThat(amount).isEqualTo(rounded(expected, 6));
    }

    @Test
    void theLiquidationPriceIsExact() {
        // short at 194 694.33854163, 20×, mmr 0.4 %: × 1.046 = 203 650.27811454498 → …454 (a double factor gave …455)
        long entry = 19_469_433_854_163L;
        BigDecimal shortFactor = BigDecimal.ONE.add(BigDecimal.ONE.divide(BigDecimal.valueOf(20)))
                .subtract(new BigDecimal("0.004"));
        assertThat(SimPosition.liquidationPrice(entry, false, 20, 0.004))
                .isEqualTo(rounded(BigDecimal.valueOf(entry).multiply(shortFactor), 0))
                .isEqualTo(20_365_027_811_454L);
        // long at 167 930.71373458, 3×: × (1 − 1/3 + 0.004) = 0.670666…: exact fraction, half up
        long longEntry = 16_793_071_373_458L;
        BigDecimal longValue = BigDecimal.valueOf(longEntry).multiply(BigDecimal.valueOf(2_012))
                .divide(BigDecimal.valueOf(3_000), 0, RoundingMode.HALF_UP);
        assertThat(SimPosition.liquidationPrice(longEntry, true, 3, 0.004)).isEqualTo(longValue.longValueExact());
        // the position uses the same rule on every change
        SimPosition position = new SimPosition(BTC, MaintenanceTiers.flat(0.004));
        position.apply(PositionChange.of(position, Side.SELL, units("0.5", 6), entry, 20, BTC));
        assertThat(position.liquidationPrice()).isEqualTo(20_365_027_811_454L);
    }
}
