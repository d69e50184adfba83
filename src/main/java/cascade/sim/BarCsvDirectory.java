package cascade.sim;

import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each instrument's bars to its own development-format file, {@code <dir>/<SYMBOL>-<label>.csv}
 * (for example {@code BTCUSDT-4h.csv}), opening files as their first bar arrives.
 */
public final class BarCsvDirectory implements BarSink, Closeable {
    private final Path dir;
    private final String label;
    private final Instruments instruments;
    private final List<BarCsvWriter> writers = new ArrayList<>();

    /** @param label bar length as it appears in file names, e.g. "4h" */
    public BarCsvDirectory(Path dir, String label, Instruments instruments) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.label = label;
        this.instruments = instruments;
    }

    @Override
    public void onBar(MarketEvent bar) {
        writerFor(bar.instrument).onBar(bar);
    }

    private BarCsvWriter writerFor(int instrument) {
        while (writers.size() <= instrument) {
            writers.add(null);
        }
        BarCsvWriter w = writers.get(instrument);
        if (w == null) {
            String symbol = instruments.get(instrument).symbol();
            Path file = dir.resolve(symbol + "-" + label + ".csv");
            try {
                w = new BarCsvWriter(Files.newBufferedWriter(file), instruments.get(instrument));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            writers.set(instrument, w);
        }
        return w;
    }

    @Override
    public void close() throws IOException {
        for (BarCsvWriter w : writers) {
            if (w != null) {
                w.close();
            }
        }
    }
}
