package cascade.feed.csv;

import static cascade.market.Fixed.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.feed.BadInputException;
import cascade.feed.BadLinePolicy;
import cascade.feed.EventTape;
import cascade.market.EventType;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BarCsvReaderTest {
    private static final long FOUR_HOURS = 14_400_000L;

    static Path resource(String name) {
        try {
            return Path.of(BarCsvReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEveryLineAsABarStampedWithItsCloseTime() throws IOException {
        Instruments instruments = new Instruments();
        try (BarCsvReader reader = new BarCsvReader(resource("BTCUSDT-4h-good.csv"), instruments,
                BadLinePolicy.FAIL)) {
            List<MarketEvent> bars = EventTape.drain(reader);

            assertThat(reader.barLengthMs()).isEqualTo(FOUR_HOURS);
            assertThat(reader.instrument()).isEqualTo(new Instrument(0, "binance", "BTCUSDT", 2, 3));
            assertThat(bars).hasSize(3);
            MarketEvent first = bars.get(0);
            assertThat(first.type).isEqualTo(EventType.BAR);
            assertThat(first.instrument).isZero();
            assertThat(first.barOpenTimeMs).isEqualTo(1731528000000L);
            assertThat(first.timeMs).isEqualTo(1731528000000L + FOUR_HOURS);
            assertThat(new long[] {first.open, first.high, first.low, first.close()})
                    .containsExactly(10050, 11000, 9525, 10500);
            assertThat(first.volumeUsd).isEqualTo(1_000_500_000L);
            assertThat(first.liqLongUsd).isEqualTo(200_250_000L);
            assertThat(first.liqShortUsd).isEqualTo(300_000_000L);
            assertThat(first.openInterest).isEqualTo(505_000L);
            assertThat(first.fundingRate).isEqualTo(UNKNOWN);
            assertThat(bars.get(1).fundingRate).isEqualTo(1_000_000L);
            assertThat(bars.get(2).fundingRate).isEqualTo(-500_000L);
            assertThat(bars.get(2).liqShortUsd).isZero();
            assertThat(reader.skippedLines()).isZero();
        }
    }

    @Test
    void findsColumnsByNameAndTreatsAbsentOptionalColumnsAsUnknown() throws IOException {
        try (BarCsvReader reader = new BarCsvReader(resource("ETHUSDT-1h-reordered.csv"), new Instruments(),
                BadLinePolicy.FAIL)) {
            List<MarketEvent> bars = EventTape.drain(reader);

            assertThat(reader.barLengthMs()).isEqualTo(3_600_000L);
            assertThat(reader.instrument().symbol()).isEqualTo("ETHUSDT");
            MarketEvent first = bars.get(0);
            assertThat(new long[] {first.open, first.high, first.low, first.close()})
                    .containsExactly(200000, 201000, 199000, 200150);
            assertThat(first.liqLongUsd).isEqualTo(2_250_000L);
            assertThat(first.liqShortUsd).isEqualTo(1_500_000L);
            assertThat(first.volumeUsd).isEqualTo(UNKNOWN);
            assertThat(first.openInterest).isEqualTo(UNKNOWN);
            assertThat(first.fundingRate).isEqualTo(UNKNOWN);
            assertThat(bars.get(1).fundingRate).isEqualTo(1_250_000L);
            assertThat(bars.get(1).timeMs).isEqualTo(1731531600000L + 3_600_000L);
        }
    }

    @Test
    void takesTheBarLengthFromTheFirstTwoRowsWhenTheNameHasNoToken() throws IOException {
        try (BarCsvReader reader = new BarCsvReader(resource("SOLUSDT-custom.csv"), new Instruments(),
                BadLinePolicy.FAIL)) {
            List<MarketEvent> bars = EventTape.drain(reader);

            assertThat(reader.barLengthMs()).isEqualTo(900_000L);
            assertThat(bars.get(0).timeMs).isEqualTo(1731528900000L);
            assertThat(bars.get(0).volumeUsd).isEqualTo(UNKNOWN);
        }
    }

    @Test
    void overridesVenueSymbolAndScales() throws IOException {
        try (BarCsvReader reader = new BarCsvReader(resource("BTCUSDT-4h-good.csv"), "bybit", "BTCPERP",
                new Instruments(), BadLinePolicy.FAIL, 4, 5)) {
            MarketEvent bar = EventTape.drain(reader).get(0);

            assertThat(reader.instrument()).isEqualTo(new Instrument(0, "bybit", "BTCPERP", 4, 5));
            assertThat(bar.low).isEqualTo(952_500L);
        }
    }

    @Test
    void usesTheScalesOfAnInstrumentTheRegistryAlreadyHas() throws IOException {
        Instruments instruments = new Instruments();
        instruments.register("binance", "ETHUSDT", 0, 0);
        instruments.register("binance", "BTCUSDT", 1, 3);
        try (BarCsvReader reader = new BarCsvReader(resource("BTCUSDT-4h-good.csv"), instruments,
                BadLinePolicy.FAIL)) {
            MarketEvent bar = EventTape.drain(reader).get(0);

            assertThat(bar.instrument).isEqualTo(1);
            assertThat(bar.low).as("95.25 rounded half-up at scale 1").isEqualTo(953L);
        }
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("BTCUSDT-4h-bad-number.csv", "high", "not a number: '10x6'"),
                Arguments.of("BTCUSDT-4h-nan.csv", "close", "not a finite number: 'NaN'"),
                Arguments.of("BTCUSDT-4h-infinity.csv", "volume_usd", "not a finite number: 'Infinity'"),
                Arguments.of("BTCUSDT-4h-negative-price.csv", "low", "must be positive: '-101'"),
                Arguments.of("BTCUSDT-4h-zero-price.csv", "open", "must be positive: '0'"),
                Arguments.of("BTCUSDT-4h-high-below.csv", "high", "below max(open, close): '104' < '105'"),
                Arguments.of("BTCUSDT-4h-low-above.csv", "low", "above min(open, close): '102.5' > '102'"),
                Arguments.of("BTCUSDT-4h-negative-liquidation.csv", "liq_short_usd", "must not be negative: '-20'"),
                Arguments.of("BTCUSDT-4h-blank-required.csv", "liq_long_usd", "missing value"),
                Arguments.of("BTCUSDT-4h-time-backwards.csv", "open_time_ms",
                        "must increase: '1731513600000' is not after the previous bar's 1731528000000"),
                Arguments.of("BTCUSDT-4h-time-repeated.csv", "open_time_ms",
                        "must increase: '1731528000000' is not after the previous bar's 1731528000000"),
                Arguments.of("BTCUSDT-4h-field-count.csv", null, "expected 10 fields as in the header, found 9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void failPolicyStopsAtTheBadLineNamingFileLineFieldAndReason(String file, String field, String reason)
            throws IOException {
        try (BarCsvReader reader = new BarCsvReader(resource(file), new Instruments(), BadLinePolicy.FAIL)) {
            MarketEvent slot = new MarketEvent();
            assertThat(reader.next(slot)).isTrue();

            String expected = file + ":3: " + (field == null ? "" : "field '" + field + "': ") + reason;
            assertThatThrownBy(() -> reader.next(slot))
                    .isInstanceOfSatisfying(BadInputException.class, e -> {
                        assertThat(e).hasMessage(expected);
                        assertThat(e.file()).isEqualTo(file);
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.field()).isEqualTo(field);
                        assertThat(e.reason()).isEqualTo(reason);
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void skipPolicyCountsTheBadLineAndReadsTheOthers(String file, String field, String reason) throws IOException {
        try (BarCsvReader reader = new BarCsvReader(resource(file), new Instruments(), BadLinePolicy.SKIP)) {
            List<MarketEvent> bars = EventTape.drain(reader);

            assertThat(bars).extracting(e -> e.barOpenTimeMs).containsExactly(1731528000000L, 1731556800000L);
            assertThat(reader.skippedLines()).isEqualTo(1);
            assertThat(reader.skippedLineMessages())
                    .containsExactly(file + ":3: " + (field == null ? "" : "field '" + field + "': ") + reason);
        }
    }

    @Test
    void skipPolicyKeepsTheMessagesOfEverySkippedLine() throws IOException {
        try (BarCsvReader reader = new BarCsvReader(resource("BTCUSDT-4h-several-bad.csv"), new Instruments(),
                BadLinePolicy.SKIP)) {
            List<MarketEvent> bars = EventTape.drain(reader);

            assertThat(bars).extracting(e -> e.barOpenTimeMs)
                    .containsExactly(1731528000000L, 1731556800000L, 1731571200000L);
            assertThat(reader.skippedLines()).isEqualTo(2);
            assertThat(reader.skippedLineMessages()).containsExactly(
                    "BTCUSDT-4h-several-bad.csv:3: field 'high': not a finite number: 'NaN'",
                    "BTCUSDT-4h-several-bad.csv:5: expected 10 fields as in the header, found 3");
            assertThat(reader.describe())
                    .isEqualTo("bars binance:BTCUSDT 240m from BTCUSDT-4h-several-bad.csv (3 read, 2 skipped)");
        }
    }

    @Test
    void aMissingRequiredColumnFailsAtOpenUnderEitherPolicy() {
        for (BadLinePolicy policy : BadLinePolicy.values()) {
            assertThatThrownBy(() -> new BarCsvReader(resource("BTCUSDT-4h-missing-column.csv"), new Instruments(),
                    policy))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("BTCUSDT-4h-missing-column.csv:1: field 'liq_short_usd': required column missing"
                            + " from the header");
        }
    }

    @Test
    void derivesTheSymbolFromTheFileNamePrefix() {
        assertThat(BarCsvReader.symbolFromFileName("BTCUSDT-4h-2024-11-13_2025-11-14.csv")).isEqualTo("BTCUSDT");
        assertThat(BarCsvReader.symbolFromFileName("ethusdt.csv")).isEqualTo("ethusdt");
    }

    @Test
    void readsTheBarLengthTokenOfTheFileName() {
        assertThat(BarLength.fromFileName("BTCUSDT-4h-2024-11-13_2025-11-14.csv")).isEqualTo(14_400_000L);
        assertThat(BarLength.fromFileName("BTCUSDT-15m.csv")).isEqualTo(900_000L);
        assertThat(BarLength.fromFileName("BTCUSDT-1d-x.csv")).isEqualTo(86_400_000L);
        assertThat(BarLength.fromFileName("BTCUSDT-1w.csv")).isEqualTo(604_800_000L);
        assertThat(BarLength.fromFileName("BTCUSDT-2024-11-13.csv")).isZero();
    }
}
