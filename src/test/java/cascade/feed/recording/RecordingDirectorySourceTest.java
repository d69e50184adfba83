package cascade.feed.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.feed.BadInputException;
import cascade.feed.EventTape;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingDirectorySourceTest {
    @TempDir
    Path dir;

    private void record(String name, Instruments instruments, int instrument, long... times) throws IOException {
        try (RecordingWriter writer = new RecordingWriter(dir.resolve(name), instruments, "test", 0)) {
            for (long t : times) {
                writer.write(new MarketEvent().markPrice(instrument, t, t * 10));
            }
        }
    }

    @Test
    void mergesEveryRecordingInTheDirectoryByTimeWithTiesInFileNameOrder() throws IOException {
        Instruments writing = new Instruments();
        int btc = writing.register("binance", "BTCUSDT", 2, 3).id();
        int eth = writing.register("binance", "ETHUSDT", 2, 3).id();
        record("b-eth.casc", writing, eth, 20, 30, 40);
        record("a-btc.casc", writing, btc, 10, 30, 50);
        Files.writeString(dir.resolve("notes.txt"), "not a recording");

        Instruments reading = new Instruments();
        try (RecordingDirectorySource source = new RecordingDirectorySource(dir, reading)) {
            List<MarketEvent> events = EventTape.drain(source);

            assertThat(source.files()).containsExactly(dir.resolve("a-btc.casc"), dir.resolve("b-eth.casc"));
            assertThat(events).extracting(e -> e.timeMs).containsExactly(10L, 20L, 30L, 30L, 40L, 50L);
            assertThat(events).extracting(e -> reading.get(e.instrument).symbol()).containsExactly(
                    "BTCUSDT", "ETHUSDT", "BTCUSDT", "ETHUSDT", "ETHUSDT", "BTCUSDT");
        }
    }

    @Test
    void aDirectoryWithoutRecordingsIsAnError() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a recording");
        assertThatThrownBy(() -> new RecordingDirectorySource(dir, new Instruments()))
                .isInstanceOf(BadInputException.class)
                .hasMessage(dir + ":0: no .casc recordings in the directory");
    }
}
