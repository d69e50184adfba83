package cascade.feed.csv;

import static cascade.feed.csv.BarCsvReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.feed.BadInputException;
import cascade.feed.BadLinePolicy;
import cascade.feed.EventTape;
import cascade.market.EventType;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForceOrderCsvReaderTest {

    @Test
    void readsLiquidationsInTradeTimeOrderWithoutDuplicates() throws IOException {
        Instruments instruments = new Instruments();
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(resource("binance-forceorder-small.csv"),
                instruments, BadLinePolicy.FAIL)) {
            List<MarketEvent> events = EventTape.drain(reader);

            assertThat(instruments.all()).containsExactly(
                    new Instrument(0, "binance", "BTCUSDT", 8, 6),
                    new Instrument(1, "binance", "ETHUSDC", 8, 6),
                    new Instrument(2, "binance", "USDCUSDT", 8, 6),
                    new Instrument(3, "binance", "1000PEPEUSDT", 8, 6));
            assertThat(events).extracting(e -> e.type).containsOnly(EventType.LIQUIDATION);
            assertThat(events).extracting(e -> e.timeMs)
                    .containsExactly(1737908829827L, 1737908829829L, 1737908829830L, 1737908831000L);
            assertThat(events).extracting(e -> e.instrument).containsExactly(1, 0, 2, 3);
            assertThat(events).extracting(e -> e.side).containsExactly(Side.BUY, Side.SELL, Side.SELL, Side.BUY);
            assertThat(events).extracting(e -> e.price)
                    .as("average price, or price when the average is None")
                    .containsExactly(330_050_000_000L, 9_501_055_000_000L, 100_010_000L, 1_093_130L);
            assertThat(events).extracting(e -> e.qty)
                    .containsExactly(1_500_000L, 10_000L, 100_000_000L, 43_942_000_000L);
            assertThat(reader.duplicatesDropped()).isEqualTo(1);
            assertThat(reader.skippedLines()).isZero();
            assertThat(reader.describe()).isEqualTo(
                    "binance forced orders from binance-forceorder-small.csv (4 read, 1 duplicates dropped,"
                            + " 0 skipped)");
        }
    }

    @Test
    void usesTheScalesOfAnInstrumentTheRegistryAlreadyHas() throws IOException {
        Instruments instruments = new Instruments();
        instruments.register("binance", "BTCUSDT", 2, 3);
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(resource("binance-forceorder-small.csv"),
                instruments, BadLinePolicy.FAIL)) {
            MarketEvent btc = EventTape.drain(reader).get(1);

            assertThat(btc.instrument).isZero();
            assertThat(btc.price).isEqualTo(9_501_055L);
            assertThat(btc.qty).isEqualTo(10L);
        }
    }

    @Test
    void aLineFurtherBackThanTheReorderHorizonIsBadInput() throws IOException {
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(resource("binance-forceorder-too-late.csv"),
                new Instruments(), BadLinePolicy.FAIL)) {
            MarketEvent slot = new MarketEvent();
            assertThat(reader.next(slot)).isTrue();

            assertThatThrownBy(() -> reader.next(slot)).isInstanceOf(BadInputException.class)
                    .hasMessage("binance-forceorder-too-late.csv:3: field 'trade_time_ms': 1737908830000 is 2000 ms"
                            + " before the latest trade time 1737908832000; at most 1000 ms can be put back in order");
        }
    }

    @Test
    void skipPolicyDropsTheLateLineAndKeepsOrderWhileALateDuplicateIsJustDropped() throws IOException {
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(resource("binance-forceorder-too-late.csv"),
                new Instruments(), BadLinePolicy.SKIP)) {
            List<MarketEvent> events = EventTape.drain(reader);

            assertThat(events).extracting(e -> e.timeMs)
                    .containsExactly(1737908829829L, 1737908832000L, 1737908832500L);
            assertThat(reader.skippedLines()).as("line 3 only").isEqualTo(1);
            assertThat(reader.duplicatesDropped()).as("line 5 repeats line 1, 2.7 s late").isEqualTo(1);
        }
    }

    @Test
    void everyBadValueIsNamedByFieldAndBadLinesRegisterNoInstrument() throws IOException {
        Instruments instruments = new Instruments();
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(resource("binance-forceorder-bad-values.csv"),
                instruments, BadLinePolicy.SKIP)) {
            List<MarketEvent> events = EventTape.drain(reader);

            assertThat(events).hasSize(1);
            assertThat(instruments.all()).extracting(Instrument::symbol).containsExactly("BTCUSDT");
            assertThat(reader.skippedLines()).isEqualTo(7);
            String file = "binance-forceorder-bad-values.csv:";
            assertThat(reader.skippedLineMessages()).containsExactly(
                    file + "1: field 'side': must be BUY or SELL: 'SIDEWAYS'",
                    file + "2: field 'price': not a finite number: 'NaN'",
                    file + "3: field 'average_price': must be positive: '-1'",
                    file + "4: field 'filled_accumulated_quantity': must be positive: '0'",
                    file + "5: field 'trade_time_ms': not an integer: 'abc'",
                    file + "6: field 'symbol': missing value",
                    file + "7: expected 12 fields, found 4");
        }
    }

    @Test
    void failPolicyStopsAtTheFirstBadLine() throws IOException {
        try (ForceOrderCsvReader reader = new ForceOrderCsvReader(resource("binance-forceorder-bad-values.csv"),
                new Instruments(), BadLinePolicy.FAIL)) {
            assertThatThrownBy(() -> reader.next(new MarketEvent()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("binance-forceorder-bad-values.csv:1: field 'side': must be BUY or SELL: 'SIDEWAYS'");
        }
    }

    @Test
    void restoresTheUsdtSuffixTheRecorderStripped() {
        assertThat(ForceOrderLineParser.symbolOf("BTC")).isEqualTo("BTCUSDT");
        assertThat(ForceOrderLineParser.symbolOf("BTCUSDC")).isEqualTo("BTCUSDC");
        assertThat(ForceOrderLineParser.symbolOf("ETHBUSD")).isEqualTo("ETHBUSD");
        assertThat(ForceOrderLineParser.symbolOf("USDC")).isEqualTo("USDCUSDT");
        assertThat(ForceOrderLineParser.symbolOf("1000PEPE")).isEqualTo("1000PEPEUSDT");
    }
}
