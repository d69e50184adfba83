package cascade.feed.csv;

import static cascade.market.Fixed.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.feed.BadLinePolicy;
import cascade.feed.EventTape;
import cascade.feed.ShippedData;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The development bar file, as shipped in backtests/data; values checked by hand against its first and last lines. */
class BarCsvReaderDevelopmentSetTest {
    private static final long FOUR_HOURS = 14_400_000L;
    private static List<MarketEvent> bars;
    private static long barLengthMs;

    @BeforeAll
    static void readDevelopmentFile() throws IOException {
        Path file = ShippedData.developmentSet();
        try (BarCsvReader reader = new BarCsvReader(file, new Instruments(), BadLinePolicy.FAIL)) {
            bars = EventTape.drain(reader);
            barLengthMs = reader.barLengthMs();
        }
    }

    @Test
    void holds2195FourHourBarsWithoutGaps() {
        assertThat(barLengthMs).isEqualTo(FOUR_HOURS);
        assertThat(bars).hasSize(2195);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i).barOpenTimeMs).isEqualTo(bars.get(i - 1).barOpenTimeMs + FOUR_HOURS);
        }
    }

    @Test
    void firstBar() {
        // 1731528000000,90218.9,91233,88005.1,90413.3,8600623253.0214,21069771.36,2661796.31,86852.52,
        MarketEvent first = bars.get(0);
        assertThat(first.barOpenTimeMs).isEqualTo(1731528000000L);
        assertThat(first.timeMs).isEqualTo(1731542400000L);
        assertThat(new long[] {first.open, first.high, first.low, first.close()})
                .containsExactly(9021890, 9123300, 8800510, 9041330);
        assertThat(first.volumeUsd).isEqualTo(8600623253021400L);
        assertThat(first.liqLongUsd).isEqualTo(21069771360000L);
        assertThat(first.liqShortUsd).isEqualTo(2661796310000L);
        assertThat(first.openInterest).isEqualTo(868525200L);
        assertThat(first.fundingRate).isEqualTo(UNKNOWN);
    }

    @Test
    void lastBar() {
        // 1763121600000,96134.5,97280,94500,96752.7,7903506169.2665,6382679.75,4363384.87,102272.36,9.126e-05
        MarketEvent last = bars.get(2194);
        assertThat(last.barOpenTimeMs).isEqualTo(1763121600000L);
        assertThat(last.timeMs).isEqualTo(1763136000000L);
        assertThat(new long[] {last.open, last.high, last.low, last.close()})
                .containsExactly(9613450, 9728000, 9450000, 9675270);
        assertThat(last.volumeUsd).isEqualTo(7903506169266500L);
        assertThat(last.liqLongUsd).isEqualTo(6382679750000L);
        assertThat(last.liqShortUsd).isEqualTo(4363384870000L);
        assertThat(last.openInterest).isEqualTo(1022723600L);
        assertThat(last.fundingRate).isEqualTo(912600L);
    }

    @Test
    void fundingIsUnknownUntilTheBarOpening2025_03_08At16Utc() {
        MarketEvent firstKnown = bars.get(689);
        assertThat(firstKnown.barOpenTimeMs).isEqualTo(1741449600000L);
        assertThat(firstKnown.fundingRate).isEqualTo(120800L);
        assertThat(bars.subList(0, 689)).allMatch(b -> b.fundingRate == UNKNOWN);
        assertThat(bars.subList(689, 2195)).noneMatch(b -> b.fundingRate == UNKNOWN);
    }

    @Test
    void liquidationTotalsMatchAnIndependentSumOfTheCsv() {
        assertThat(bars.stream().mapToLong(b -> b.liqLongUsd).sum()).isEqualTo(4686714108450000L);
        assertThat(bars.stream().mapToLong(b -> b.liqShortUsd).sum()).isEqualTo(3448497584750000L);
    }
}
