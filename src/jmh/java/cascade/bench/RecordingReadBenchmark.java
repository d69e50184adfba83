package cascade.bench;

import cascade.feed.recording.RecordingReader;
import cascade.feed.recording.RecordingWriter;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Time to read a whole recording of the synthetic tape (21 symbols, 10 minutes), per event. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class RecordingReadBenchmark {
    private Path file;
    private int events;
    private final MarketEvent into = new MarketEvent();

    @Setup(Level.Trial)
    public void write() throws IOException {
        SyntheticTape tape = new SyntheticTape(21, 600_000, 7);
        file = Files.createTempFile("cascade-bench", ".casc");
        try (RecordingWriter w = new RecordingWriter(file, tape.instruments)) {
            for (MarketEvent e : tape.events) {
                w.write(e);
            }
        }
        events = tape.events.length;
        System.out.println("\nrecording: " + events + " events, " + Files.size(file) + " bytes");
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public long readAll() throws IOException {
        long sum = 0;
        try (RecordingReader r = new RecordingReader(file, new Instruments())) {
            while (r.next(into)) {
                sum += into.timeMs;
            }
        }
        return sum;
    }
}
