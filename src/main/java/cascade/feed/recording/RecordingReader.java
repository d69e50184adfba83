package cascade.feed.recording;

import cascade.feed.BadInputException;
import cascade.feed.EventSource;
import cascade.market.EventType;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replays a recording file ({@link RecordingFormat}) in file order, registering its instruments in the
 * shared registry as their definitions appear. The read loop decodes from a reused block buffer and does not
 * allocate. A damaged file is not a bad line that could be skipped: any corruption, truncation or unknown
 * version throws {@link BadInputException} naming the file and the record number or byte offset, whatever
 * the policy.
 */
public final class RecordingReader implements EventSource {
    private final String file;
    private final InputStream in;
    private final RecordingHeader header;
    private final BlockReader block;
    private final FileInstruments fileInstruments;
    private long previousTimeMs;
    private long events;
    private final long fileBytes;
    private boolean finished;

    /** Opens the file and checks its header. */
    public RecordingReader(Path path, Instruments instruments) throws IOException {
        this.file = path.getFileName().toString();
        this.in = Files.newInputStream(path);
        this.fileBytes = Files.size(path);
        try {
            this.header = RecordingHeader.read(in, file);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        this.block = new BlockReader(in, file, header.sizeBytes());
        this.fileInstruments = new FileInstruments(instruments);
    }

    @Override
    public boolean next(MarketEvent into) throws IOException {
        while (!finished) {
            if (block.hasRemaining()) {
                if (readRecord(into)) {
                    return true;
                }
            } else if (block.nextBlock()) {
                previousTimeMs = 0;
            } else {
                finish();
            }
        }
        return false;
    }

    /** @return true when the record was an event (now in {@code into}), false for an instrument definition */
    private boolean readRecord(MarketEvent into) {
        block.startRecord();
        int tag = block.readByte();
        if (tag == RecordingFormat.TAG_INSTRUMENT) {
            fileInstruments.define(block);
            return false;
        }
        EventType type = EventType.ofCode(tag);
        if (type == null) {
            throw block.corruptRecord("unknown record tag 0x" + Integer.toHexString(tag));
        }
        into.clear();
        into.type = type;
        into.instrument = fileInstruments.registryId(block.readVarLong(), block);
        into.timeMs = previousTimeMs + block.readZigZag();
        previousTimeMs = into.timeMs;
        EventCodec.read(into, block);
        events++;
        return true;
    }

    private void finish() throws IOException {
        long declared = block.readTrailerCount();
        if (declared != events) {
            throw new BadInputException(file, 0, "trailer",
                    "the trailer declares " + declared + " events but " + events + " were read");
        }
        finished = true;
    }

    @Override
    public double progress() {
        return fileBytes > 0 ? Math.min(1, block.bytesConsumed() / (double) fileBytes) : Double.NaN;
    }

    /** Format version and creation info from the file's header. */
    public RecordingHeader header() {
        return header;
    }

    /** Events read so far. */
    public long eventCount() {
        return events;
    }

    @Override
    public String describe() {
        return "recording " + file + " (version " + header.version() + " by " + header.creator() + ", " + events
                + " events read)";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
