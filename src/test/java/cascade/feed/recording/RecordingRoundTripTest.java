package cascade.feed.recording;

import static cascade.market.Fixed.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.feed.EventFields;
import cascade.feed.EventTape;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingRoundTripTest {
    private static final long T0 = 1_731_528_000_000L;

    @TempDir
    Path dir;

    private final Instruments written = new Instruments();
    private final Instrument btc = written.register("binance", "BTCUSDT", 2, 3);
    private final Instrument eth = written.register("binance", "ETHUSDT", 2, 4);
    private final Instrument sol = written.register("bybit", "SOLUSDC", 8, 6);

    private List<MarketEvent> everyType() {
        List<MarketEvent> events = new ArrayList<>();
        events.add(new MarketEvent().liquidation(btc.id(), T0, Side.SELL, 9_021_890, 1_500));
        events.add(new MarketEvent().trade(eth.id(), T0 + 5, Side.BUY, 312_345, 20_000));
        events.add(new MarketEvent().markPrice(sol.id(), T0 - 60_000, 12_345_678_901L));
        events.add(new MarketEvent().funding(btc.id(), T0 + 10, -1_234, T0 + 28_800_000));
        events.add(new MarketEvent().funding(eth.id(), T0 + 10, UNKNOWN, T0 - 1));
        events.add(new MarketEvent().openInterest(eth.id(), T0 + 11, 868_525_200));
        events.add(new MarketEvent().openInterest(sol.id(), T0 + 11, UNKNOWN));
        MarketEvent bar = new MarketEvent().bar(btc.id(), T0 - 14_400_000, T0, 9_021_890, 9_123_300, 8_800_510,
                9_041_330);
        bar.volumeUsd = UNKNOWN;
        bar.liqLongUsd = 21_069_771_360_000L;
        bar.liqShortUsd = 0;
        bar.openInterest = 868_525_200;
        bar.fundingRate = UNKNOWN;
        events.add(bar);
        events.add(new MarketEvent().clock(T0 + 30_000));
        events.add(new MarketEvent().fill(sol.id(), T0 + 30_001, 42, Side.SELL, 1_234_567_890, 2_500_000, -150));
        events.add(new MarketEvent().trade(btc.id(), 0, null, Long.MAX_VALUE, UNKNOWN));
        events.add(new MarketEvent().markPrice(eth.id(), Long.MAX_VALUE, Long.MIN_VALUE + 1));
        events.add(new MarketEvent().markPrice(eth.id(), Long.MIN_VALUE, -1));
        return events;
    }

    @Test
    void everyEventTypeRoundTripsAcrossInstrumentsIncludingUnknownsAndBackwardTimes() throws IOException {
        Path file = dir.resolve("every-type.casc");
        List<MarketEvent> events = everyType();
        try (RecordingWriter writer = new RecordingWriter(file, written, "test", T0)) {
            for (MarketEvent e : events) {
                writer.write(e);
            }
        }
        Instruments read = new Instruments();
        read.register("binance", "XRPUSDT", 4, 1);

        try (RecordingReader reader = new RecordingReader(file, read)) {
            List<MarketEvent> replayed = EventTape.drain(reader);

            assertThat(reader.header()).isEqualTo(new RecordingHeader(1, T0, "test"));
            assertThat(read.all()).containsExactly(new Instrument(0, "binance", "XRPUSDT", 4, 1),
                    new Instrument(1, "binance", "BTCUSDT", 2, 3), new Instrument(2, "binance", "ETHUSDT", 2, 4),
                    new Instrument(3, "bybit", "SOLUSDC", 8, 6));
            assertThat(replayed).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(remapped(events, read));
            assertThat(reader.eventCount()).isEqualTo(13);
        }
    }

    /** The expected events with ids of the reading registry, where the instruments were defined in file order. */
    private List<MarketEvent> remapped(List<MarketEvent> events, Instruments read) {
        List<MarketEvent> expected = new ArrayList<>();
        for (MarketEvent e : events) {
            MarketEvent copy = new MarketEvent().copyFrom(e);
            if (e.instrument >= 0) {
                Instrument original = written.get(e.instrument);
                copy.instrument = read.find(original.venue(), original.symbol()).id();
            }
            expected.add(copy);
        }
        return expected;
    }

    @Test
    void manyRandomEventsRoundTripAcrossBlockBoundariesAndFlushes() throws IOException {
        long seed = 20_241_113L;
        int count = 100_000;
        for (int i = 0; i < 5; i++) {
            written.register("binance", "SYM" + i + "USDT", 8, 6);
        }
        Path file = dir.resolve("random.casc");
        MarketEvent slot = new MarketEvent();
        RandomEvents source = new RandomEvents(seed, written.size());
        try (RecordingWriter writer = new RecordingWriter(file, written, "test", T0)) {
            for (int i = 0; i < count; i++) {
                writer.write(source.next(slot));
                if (i == 1_000) {
                    writer.flush();
                }
            }
        }
        assertThat(Files.size(file)).as("spans many 64 KiB blocks").isGreaterThan(10 * 65_536L);

        RandomEvents expected = new RandomEvents(seed, written.size());
        MarketEvent want = new MarketEvent();
        try (RecordingReader reader = new RecordingReader(file, written)) {
            for (int i = 0; i < count; i++) {
                assertThat(reader.next(slot)).isTrue();
                assertThat(EventFields.of(slot)).as("event %d of seed %d", i, seed)
                        .isEqualTo(EventFields.of(expected.next(want)));
            }
            assertThat(reader.next(slot)).isFalse();
        }
    }

    @Test
    void anInstrumentIsDefinedOnceBeforeItsFirstEvent() throws IOException {
        Path one = dir.resolve("one.casc");
        Path two = dir.resolve("two.casc");
        try (RecordingWriter writer = new RecordingWriter(one, written, "test", T0)) {
            writer.write(new MarketEvent().markPrice(btc.id(), T0, 100));
        }
        try (RecordingWriter writer = new RecordingWriter(two, written, "test", T0)) {
            writer.write(new MarketEvent().markPrice(btc.id(), T0, 100));
            writer.write(new MarketEvent().markPrice(btc.id(), T0 + 1, 101));
        }
        // a second event costs tag + instrument + time delta + price: 1 + 1 + 1 + 2 bytes, no new definition
        assertThat(Files.size(two) - Files.size(one)).isEqualTo(5);
    }
}
