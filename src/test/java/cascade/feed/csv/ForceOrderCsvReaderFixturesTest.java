package cascade.feed.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.feed.BadInputException;
import cascade.feed.BadLinePolicy;
import cascade.feed.EventTape;
import cascade.feed.ShippedData;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorded forceOrder fixtures; counts checked with a script over the raw lines. */
class ForceOrderCsvReaderFixturesTest {
    private static final String CORRUPT = "binance-forceorder-2024-06-20-corrupt-first-line.csv";

    private static Path fixture(String name) {
        return ShippedData.forceOrderFixture(name);
    }

    private static void assertTimeOrdered(List<MarketEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).timeMs).isGreaterThanOrEqualTo(events.get(i - 1).timeMs);
        }
    }

    @Test
    void dropsThe1668DuplicatesAndRestoresTimeOrder() throws IOException {
        Instruments instruments = new Instruments();
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(
                fixture("binance-forceorder-2025-01-26_02-06-with-duplicates.csv"), instruments,
                BadLinePolicy.FAIL)) {
            List<MarketEvent> events = EventTape.drain(reader);

            assertThat(reader.duplicatesDropped()).isEqualTo(1668);
            assertThat(events).hasSize(3510 - 1668);
            assertThat(instruments.size()).isEqualTo(221);
            assertTimeOrdered(events);
        }
    }

    @Test
    void readsAnOrdinaryDay() throws IOException {
        Instruments instruments = new Instruments();
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(fixture("binance-forceorder-2024-08-17.csv"),
                instruments, BadLinePolicy.FAIL)) {
            List<MarketEvent> events = EventTape.drain(reader);

            assertThat(events).hasSize(456);
            assertThat(instruments.size()).isEqualTo(72);
            assertTimeOrdered(events);
            // RARE,BUY,LIMIT,IOC,4421,0.2226588,0.2185000,FILLED,3750,4421,1723895903305,984.3745547999999
            MarketEvent first = events.get(0);
            assertThat(instruments.get(first.instrument).symbol()).isEqualTo("RAREUSDT");
            assertThat(first.side).isEqualTo(Side.BUY);
            assertThat(first.price).isEqualTo(21_850_000L);
            assertThat(first.qty).isEqualTo(4_421_000_000L);
            assertThat(first.timeMs).isEqualTo(1723895903305L);
        }
    }

    @Test
    void takesThePriceWhenTheAveragePriceIsNone() throws IOException {
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(fixture("binance-forceorder-2025-06-23.csv"),
                new Instruments(), BadLinePolicy.FAIL)) {
            List<MarketEvent> events = EventTape.drain(reader);

            assertThat(events).hasSize(700);
            // FLUX,BUY,LIMIT,IOC,5739,0.1895000,None,FILLED,8,5739,1750713727423,1087.5405
            assertThat(events.get(0).price).isEqualTo(18_950_000L);
            assertThat(events.get(0).qty).isEqualTo(5_739_000_000L);
        }
    }

    @Test
    void acceptsTheThirteenthColumnOfNewerRecorders() throws IOException {
        Instruments instruments = new Instruments();
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(fixture("binance-forceorder-2025-12-27_28.csv"),
                instruments, BadLinePolicy.FAIL)) {
            List<MarketEvent> events = EventTape.drain(reader);

            assertThat(events).hasSize(2045);
            assertThat(instruments.size()).isEqualTo(257);
            assertThat(instruments.find("binance", "币安人生USDT")).isNotNull();
            // PIEVERSE,SELL,LIMIT,IOC,130,0.5016000,0.5109000,FILLED,119,130,1766954627206,65.20800000000001,0
            MarketEvent last = events.get(2044);
            assertThat(instruments.get(last.instrument).symbol()).isEqualTo("PIEVERSEUSDT");
            assertThat(last.side).isEqualTo(Side.SELL);
            assertThat(last.price).isEqualTo(51_090_000L);
            assertThat(last.qty).isEqualTo(130_000_000L);
        }
    }

    @Test
    void aCorruptFirstLineStopsTheReadUnderFail() throws IOException {
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(fixture(CORRUPT), new Instruments(),
                BadLinePolicy.FAIL)) {
            assertThatThrownBy(() -> reader.next(new MarketEvent()))
                    .isInstanceOfSatisfying(BadInputException.class, e -> {
                        assertThat(e.file()).isEqualTo(CORRUPT);
                        assertThat(e.line()).isEqualTo(1);
                        assertThat(e.field()).isNull();
                        assertThat(e.reason()).isEqualTo("expected 12 fields, found 2");
                    });
        }
    }

    @Test
    void aCorruptFirstLineIsCountedUnderSkipAndTheRestRead() throws IOException {
        Instruments instruments = new Instruments();
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(fixture(CORRUPT), instruments,
                BadLinePolicy.SKIP)) {
            List<MarketEvent> events = EventTape.drain(reader);

            assertThat(events).hasSize(101);
            assertThat(instruments.size()).as("30 symbols; the corrupt line registers none").isEqualTo(30);
            assertThat(reader.skippedLines()).isEqualTo(1);
            assertThat(reader.skippedLineMessages()).containsExactly(CORRUPT + ":1: expected 12 fields, found 2");
        }
    }
}
