package cascade.feed.recording;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Cascade's own binary recording ({@value #EXTENSION}): every {@link cascade.market.MarketEvent} type, any
 * number of instruments, compact enough for tens of millions of events and fast to replay.
 *
 * <pre>
 * file       = header block* trailer
 * header     = magic[8] = 89 'C' 'A' 'S' 'C' '\r' '\n' 1A   (PNG-style: catches text-mode mangling)
 *              version u16, createdAtMs i64, creator (u8 length + UTF-8)       (big-endian)
 * block      = payloadLength i32 (1..MAX_BLOCK_BYTES), crc32c(payload) i32, payload = record*
 * trailer    = 0 i32 (marks the end), crc32c(count) i32, eventCount i64, END_MAGIC[8]
 * record     = tag u8, then
 *   instrument definition (tag 0x40): fileId varint, venue text, symbol text, priceScale u8, qtyScale u8
 *              (written inline before the first event of that instrument, so a live recorder can discover
 *              symbols as it goes)
 *   event (tag = EventType code): instrument varint (fileId + 1; 0 = none, e.g. a clock tick),
 *              time zigzag varint delta from the previous event of the same block (the first from 0, so
 *              every block decodes on its own), then the type's fields (see EventCodec)
 * varint     = unsigned LEB128; zigzag maps signed to unsigned; an optional value is 0 for
 *              Fixed.UNKNOWN, else zigzag(v) + 1; text = varint length (at most 255) + UTF-8
 * </pre>
 *
 * Corruption is caught per block by its checksum, before any of its events are handed out; truncation by
 * the missing or short trailer; both name the file and the record number or byte offset.
 */
public final class RecordingFormat {
    public static final String EXTENSION = ".casc";
    public static final int VERSION = 1;

    static final byte[] MAGIC = {(byte) 0x89, 'C', 'A', 'S', 'C', '\r', '\n', 0x1A};
    static final byte[] END_MAGIC = {'C', 'A', 'S', 'C', '-', 'E', 'N', 'D'};
    static final int TAG_INSTRUMENT = 0x40;
    static final int BLOCK_HEADER_BYTES = 8;
    static final int BLOCK_TARGET_BYTES = 64 * 1024;
    /** Upper bound of one record (an instrument definition plus an event fit well within it). */
    static final int MAX_RECORD_BYTES = 1024;
    static final int MAX_BLOCK_BYTES = 16 << 20;
    static final int MAX_TEXT_BYTES = 255;

    private RecordingFormat() {
    }

    /** @return true when the file starts with the recording magic (its version may still be unsupported) */
    public static boolean isRecording(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] start = in.readNBytes(MAGIC.length);
            return Arrays.equals(start, MAGIC);
        }
    }

    static int intAt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long u) {
        return (u >>> 1) ^ -(u & 1);
    }
}
