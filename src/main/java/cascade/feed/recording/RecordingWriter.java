package cascade.feed.recording;

import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes market events to a recording file ({@link RecordingFormat}). Events are stored in the order given
 * (times may go back: deltas are signed). An instrument's definition goes into the file just before its first
 * event. A file is complete only after {@link #close()} writes the trailer; one cut short (crash, full disk) is
 * reported as truncated by the reader. Not thread-safe: one writer thread.
 */
public final class RecordingWriter implements Closeable {
    private final Instruments instruments;
    private final OutputStream out;
    private final BlockWriter block;
    private boolean[] defined = new boolean[16];
    private long previousTimeMs;
    private long events;
    private boolean closed;

    /** Creates (or replaces) the file, stamped with creator "cascade" and the current wall-clock time. */
    public RecordingWriter(Path path, Instruments instruments) throws IOException {
        this(path, instruments, "cascade", System.currentTimeMillis());
    }

    /** Creates (or replaces) the file with the given creation info (informational, kept in the header). */
    public RecordingWriter(Path path, Instruments instruments, String creator, long createdAtMs)
            throws IOException {
        this.instruments = instruments;
        this.out = Files.newOutputStream(path);
        try {
            new RecordingHeader(RecordingFormat.VERSION, createdAtMs, creator).write(out);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        this.block = new BlockWriter(out);
    }

    /**
     * Appends one event.
     *
     * @throws IllegalArgumentException when the event has no type or an instrument the registry does not know
     */
    public void write(MarketEvent event) throws IOException {
        if (closed) {
            throw new IllegalStateException("recording already closed");
        }
        if (event.type == null) {
            throw new IllegalArgumentException("event without a type: " + event);
        }
        if (block.isFull()) {
            endBlock();
        }
        int id = event.instrument;
        if (id < -1 || id >= instruments.size()) {
            throw new IllegalArgumentException("instrument " + id + " is not in the registry: " + event);
        }
        if (id >= 0 && !isDefined(id)) {
            define(instruments.get(id));
        }
        block.putByte(event.type.code);
        block.putVarLong(id + 1L);
        block.putZigZag(event.timeMs - previousTimeMs);
        previousTimeMs = event.timeMs;
        EventCodec.write(event, block);
        events++;
    }

    /**
     * Defines every instrument registered so far that the file does not define yet, in id order, so a reader
     * registers them with the same ids whatever order their first events come in.
     */
    public void defineAll() throws IOException {
        for (Instrument i : instruments.all()) {
            if (!isDefined(i.id())) {
                if (block.isFull()) {
                    endBlock();
                }
                define(i);
            }
        }
    }

    /** Writes buffered events as a complete block and flushes them to the operating system. */
    public void flush() throws IOException {
        endBlock();
        out.flush();
    }

    /** Events written so far. */
    public long eventCount() {
        return events;
    }

    /** Writes the last block and the trailer, then closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            block.writeTrailer(events);
        }
    }

    private void endBlock() throws IOException {
        block.writeBlock();
        previousTimeMs = 0;
    }

    private boolean isDefined(int id) {
        return id < defined.length && defined[id];
    }

    private void define(Instrument instrument) {
        block.putByte(RecordingFormat.TAG_INSTRUMENT);
        block.putVarLong(instrument.id());
        block.putText(instrument.venue());
        block.putText(instrument.symbol());
        block.putByte(instrument.priceScale());
        block.putByte(instrument.qtyScale());
        if (instrument.id() >= defined.length) {
            defined = Arrays.copyOf(defined, Math.max(instrument.id() + 1, 2 * defined.length));
        }
        defined[instrument.id()] = true;
    }
}
