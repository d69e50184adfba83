package cascade.feed;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.feed.DataSources.Format;
import cascade.feed.recording.RecordingWriter;
import cascade.market.EventType;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourcesTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DataSourcesTest.class.getResource("csv/" + name).toURI());
    }

    private Path recording() throws IOException {
        Instruments instruments = new Instruments();
        instruments.register("binance", "BTCUSDT", 2, 3);
        Path file = dir.resolve("one.casc");
        try (RecordingWriter writer = new RecordingWriter(file, instruments, "test", 0)) {
            writer.write(new MarketEvent().markPrice(0, 1731542400000L, 9_000_000));
        }
        return file;
    }

    @Test
    void detectsEachFormatByContent() throws Exception {
        Path recording = recording();

        assertThat(DataSources.detect(dir)).isEqualTo(Format.RECORDING_DIRECTORY);
        assertThat(DataSources.detect(recording)).isEqualTo(Format.RECORDING);
        assertThat(DataSources.detect(resource("ETHUSDT-1h-reordered.csv"))).isEqualTo(Format.BAR_CSV);
        assertThat(DataSources.detect(resource("binance-forceorder-small.csv"))).isEqualTo(Format.FORCE_ORDER_CSV);
    }

    @Test
    void opensSeveralFormatsAsOneStreamMergedByTime() throws Exception {
        Path recording = recording();
        List<Path> paths = List.of(resource("binance-forceorder-small.csv"), resource("BTCUSDT-4h-good.csv"),
                recording);
        Instruments instruments = new Instruments();

        try (EventSource source = DataSources.open(paths, instruments, BadLinePolicy.FAIL)) {
            List<MarketEvent> events = EventTape.drain(source);

            assertThat(events).extracting(e -> e.type).containsExactly(EventType.BAR, EventType.MARK_PRICE,
                    EventType.BAR, EventType.BAR, EventType.LIQUIDATION, EventType.LIQUIDATION,
                    EventType.LIQUIDATION, EventType.LIQUIDATION);
            assertThat(events.get(0).timeMs).as("bar close and mark price tie; the bar file is listed first")
                    .isEqualTo(events.get(1).timeMs);
        }
    }
}
