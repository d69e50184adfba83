package cascade.report;

import cascade.model.Trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.model.Fill;
import cascade.model.Fills;
import cascade.model.FundingPayment;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeLedgerTest {
    private final Instruments instruments = new Instruments();
    private final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
    private final List<Trade> closed = new ArrayList<>();
    private final TradeLedger ledger = new TradeLedger(instruments, closed::add);

    private Fill fill(long t, Side side, double price, double qty, double fee, String tag) {
        return Fills.of(t, btc.id(), t, side, btc.priceUnits(price), btc.qtyUnits(qty), Fixed.usdMicros(fee), false,
                false, tag);
    }

    @Test
    void longRoundTripWithScaleInFundingAndFees() {
        ledger.onFill(fill(1, Side.BUY, 100_000, 0.1, 5, "bar/entry"));
        ledger.onFill(fill(2, Side.BUY, 110_000, 0.1, 5.5, "bar/entry"));
        ledger.onFunding(new FundingPayment(btc.id(), 3, btc.qtyUnits(0.2), btc.priceUnits(105_000.0), 0,
                Fixed.usdMicros(-2.1)));
        ledger.onFill(fill(4, Side.SELL, 120_000, 0.2, 12, "bar/target"));

        assertThat(closed).hasSize(1);
        Trade t = closed.get(0);
        assertThat(t.direction()).isEqualTo(1);
        assertThat(t.entryPrice()).isCloseTo(105_000, within(1e-9));
        assertThat(t.exitPrice()).isCloseTo(120_000, within(1e-9));
        assertThat(t.qty()).isCloseTo(0.2, within(1e-12));
        assertThat(t.grossPnlUsd()).isCloseTo(3_000, within(1e-6)); // (120 000 − 105 000) × 0.2
        assertThat(t.feesUsd()).isCloseTo(22.5, within(1e-9));
        assertThat(t.fundingUsd()).isCloseTo(-2.1, within(1e-9));
        assertThat(t.netPnlUsd()).isCloseTo(2_975.4, within(1e-6));
        assertThat(t.mode()).isEqualTo("bar");
        assertThat(t.entryReason()).isEqualTo("entry");
        assertThat(t.exitReason()).isEqualTo("target");
        assertThat(ledger.anyOpen()).isFalse();
    }

    @Test
    void flipClosesOneTradeAndOpensTheNextWithTheRemainder() {
        ledger.onFill(fill(1, Side.SELL, 100_000, 0.1, 10, "bar/entry"));
        ledger.onFill(fill(2, Side.BUY, 90_000, 0.3, 30, "bar/exit-opposite"));

        assertThat(closed).hasSize(1);
        Trade shortTrade = closed.get(0);
        assertThat(shortTrade.direction()).isEqualTo(-1);
        assertThat(shortTrade.grossPnlUsd()).isCloseTo(1_000, within(1e-6));
        assertThat(shortTrade.feesUsd()).isCloseTo(20, within(1e-9)); // 10 + a third of 30
        assertThat(ledger.anyOpen()).isTrue();

        ledger.onFill(fill(3, Side.SELL, 95_000, 0.2, 0, "bar/stop"));
        Trade longTrade = closed.get(1);
        assertThat(longTrade.direction()).isEqualTo(1);
        assertThat(longTrade.feesUsd()).isCloseTo(20, within(1e-9));
        assertThat(longTrade.grossPnlUsd()).isCloseTo(1_000, within(1e-6));
        assertThat(longTrade.exitReason()).isEqualTo("stop");
    }

    @Test
    void reversalsAndTheFinalExitLeaveNoResidueWhateverTheDecimals() {
        Instrument op = instruments.register("sim", "OPUSDT", 7, 1);
        // short 53 491.9, reverse 78 221.3 (long 24 729.4), reverse 128 629.7 (short 103 900.3), exit 103 900.3:
        // in doubles 53 491.9 − … leaves 1e-11 behind and the last trade never closed
        long[] units = {534_919, 782_213, 1_286_297, 1_039_003};
        String[] tags = {"scalp/entry", "scalp/reverse", "scalp/reverse", "scalp/exit-time"};
        for (int i = 0; i < units.length; i++) {
            ledger.onFill(Fills.of(i, op.id(), i, i % 2 == 0 ? Side.SELL : Side.BUY, 3_500_000, units[i], 0, false,
                    false, tags[i]));
        }

        assertThat(closed).extracting(Trade::qty).containsExactly(53_491.9, 24_729.4, 103_900.3);
        assertThat(closed.get(2).exitReason()).isEqualTo("exit-time");
        assertThat(ledger.anyOpen()).isFalse();
    }
}
