package cascade.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.feed.recording.RecordingReader;
import cascade.feed.recording.RecordingWriter;
import cascade.market.EventType;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalHandlerTest {
    @TempDir
    Path dir;

    @Test
    void theJournalStageRecordsEveryMarketEventButNotTheClock() throws IOException {
        Instruments instruments = new Instruments();
        Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
        Path file = dir.resolve("journal.casc");
        RecordingWriter writer = new RecordingWriter(file, instruments);
        JournalHandler journal = new JournalHandler(writer);
        Engine engine = new Engine((e, seq, end) -> { }, journal, () -> { }, 256);
        engine.start();
        MarketEvent e = new MarketEvent();
        for (int i = 0; i < 1_000; i++) {
            long t = 1_000_000L + i * 100;
            engine.publish(i % 100 == 0 ? e.clock(t)
                    : e.liquidation(btc.id(), t, i % 2 == 0 ? Side.SELL : Side.BUY, 10_000_000 + i, 1 + i));
        }
        engine.close();
        writer.close();

        List<MarketEvent> read = new ArrayList<>();
        try (RecordingReader reader = new RecordingReader(file, new Instruments())) {
            MarketEvent r = new MarketEvent();
            while (reader.next(r)) {
                read.add(new MarketEvent().copyFrom(r));
            }
        }
        assertThat(journal.written()).isEqualTo(990);
        assertThat(read).hasSize(990).allMatch(x -> x.type == EventType.LIQUIDATION);
        MarketEvent first = read.get(0);
        assertThat(first.timeMs).isEqualTo(1_000_100L);
        assertThat(first.side).isEqualTo(Side.BUY);
        assertThat(first.price).isEqualTo(10_000_001L);
        assertThat(read.get(989).qty).isEqualTo(1_000L);
    }
}
