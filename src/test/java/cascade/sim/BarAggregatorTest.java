package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarAggregatorTest {
    private static final long T0 = 1_735_689_600_000L;
    private static final long BAR = 4 * 3_600_000L;

    private final Instruments instruments = new Instruments();
    private final int btc = instruments.register("sim", "BTCUSDT", 1, 3).id();
    private final List<MarketEvent> bars = new ArrayList<>();
    private final BarAggregator aggregator = new BarAggregator(instruments, BAR, b -> bars.add(new MarketEvent().copyFrom(b)));
    private final MarketEvent e = new MarketEvent();

    @Test
    void aggregatesOneBarFromTheTape() {
        playFirstBar();
        aggregator.accept(e.markPrice(btc, T0 + BAR, 998_000));

        assertThat(bars).hasSize(1);
        MarketEvent bar = bars.get(0);
        assertThat(bar.barOpenTimeMs).isEqualTo(T0);
        assertThat(bar.timeMs).isEqualTo(T0 + BAR);
        // OHLC from the mark and trades only: the liquidation at 99 000.0 does not set the low
        assertThat(new long[] {bar.open, bar.high, bar.low, bar.close()})
                .containsExactly(1_000_000, 1_001_000, 995_000, 995_000);
        // 2 BTC at 100 100.0 + 1 BTC at 99 500.0
        assertThat(bar.volumeUsd).isEqualTo(299_700_000_000L);
        // long liquidated: 0.5 BTC at 99 000.0; short liquidated: 0.1 BTC at 101 000.0
        assertThat(bar.liqLongUsd).isEqualTo(49_500_000_000L);
        assertThat(bar.liqShortUsd).isEqualTo(10_100_000_000L);
        assertThat(bar.openInterest).isEqualTo(12_345_678);
        assertThat(bar.fundingRate).isEqualTo(1_000_000);
    }

    @Test
    void finishEmitsCompleteBarsCarryingPriceOpenInterestAndFundingForward() {
        playFirstBar();
        aggregator.accept(e.markPrice(btc, T0 + BAR, 998_000));
        aggregator.finish(T0 + 2 * BAR);

        MarketEvent second = bars.get(1);
        assertThat(new long[] {second.open, second.high, second.low, second.close()})
                .containsExactly(998_000, 998_000, 998_000, 998_000);
        assertThat(second.volumeUsd).isZero();
        assertThat(second.liqLongUsd).isZero();
        assertThat(second.openInterest).isEqualTo(12_345_678);
        assertThat(second.fundingRate).isEqualTo(1_000_000);
    }

    @Test
    void finishDropsAPartialLastBar() {
        playFirstBar();
        aggregator.finish(T0 + BAR - 1);

        assertThat(bars).isEmpty();
    }

    @Test
    void anEventBeforeTheOpenBarIsASourceBug() {
        aggregator.accept(e.markPrice(btc, T0 + BAR, 1));

        assertThatThrownBy(() -> aggregator.accept(e.markPrice(btc, T0, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of order");
    }

    @Test
    void writesBarsInTheDevelopmentSetFormat() throws Exception {
        StringWriter csv = new StringWriter();
        BarCsvWriter writer = new BarCsvWriter(csv, instruments.get(btc));
        BarAggregator toCsv = new BarAggregator(instruments, BAR, writer);
        toCsv.accept(e.markPrice(btc, T0, 1_000_000));
        toCsv.accept(e.liquidation(btc, T0 + 1, Side.SELL, 990_000, 500));
        toCsv.accept(e.markPrice(btc, T0 + 2, 999_995));
        toCsv.finish(T0 + BAR);

        assertThat(csv.toString()).isEqualTo(BarCsvWriter.HEADER + "\n"
                + "1735689600000,100000,100000,99999.5,99999.5,0,49500,0,,\n");
    }

    private void playFirstBar() {
        aggregator.accept(e.markPrice(btc, T0, 1_000_000));
        aggregator.accept(e.trade(btc, T0 + 1000, Side.BUY, 1_001_000, 2000));
        aggregator.accept(e.liquidation(btc, T0 + 2000, Side.SELL, 990_000, 500));
        aggregator.accept(e.liquidation(btc, T0 + 3000, Side.BUY, 1_010_000, 100));
        aggregator.accept(e.openInterest(btc, T0 + 5000, 12_345_678));
        aggregator.accept(e.funding(btc, T0 + 6000, 1_000_000, T0 + 6000));
        aggregator.accept(e.trade(btc, T0 + 7000, Side.SELL, 995_000, 1000));
    }
}
