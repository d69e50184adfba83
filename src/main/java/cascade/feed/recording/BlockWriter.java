package cascade.feed.recording;

import static cascade.feed.recording.RecordingFormat.BLOCK_HEADER_BYTES;
import static cascade.feed.recording.RecordingFormat.BLOCK_TARGET_BYTES;

import cascade.market.Fixed;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Encodes records into a block buffer and writes each full block (length, checksum, payload) with a single
 * write. The buffer has room past the block target for one more record, so a record never spans blocks.
 */
final class BlockWriter {
    private final OutputStream out;
    private final byte[] buf = new byte[BLOCK_HEADER_BYTES + BLOCK_TARGET_BYTES + RecordingFormat.MAX_RECORD_BYTES];
    private final CRC32C crc = new CRC32C();
    private int pos = BLOCK_HEADER_BYTES;

    BlockWriter(OutputStream out) {
        this.out = out;
    }

    /** @return true when the block has reached its target size and should be written before the next record */
    boolean isFull() {
        return pos >= BLOCK_HEADER_BYTES + BLOCK_TARGET_BYTES;
    }

    void putByte(int b) {
        buf[pos++] = (byte) b;
    }

    /** Unsigned LEB128: 7 bits per byte, high bit set on all but the last. */
    void putVarLong(long v) {
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    void putZigZag(long v) {
        putVarLong(RecordingFormat.zigzag(v));
    }

    /** 0 for {@link Fixed#UNKNOWN} (one byte instead of ten), else zigzag(v) + 1. */
    void putOptional(long v) {
        putVarLong(v == Fixed.UNKNOWN ? 0 : RecordingFormat.zigzag(v) + 1);
    }

    void putText(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > RecordingFormat.MAX_TEXT_BYTES) {
            throw new IllegalArgumentException("text longer than 255 UTF-8 bytes: " + s);
        }
        putVarLong(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /** Writes the pending records as one block; nothing when there are none. */
    void writeBlock() throws IOException {
        int length = pos - BLOCK_HEADER_BYTES;
        if (length == 0) {
            return;
        }
        crc.reset();
        crc.update(buf, BLOCK_HEADER_BYTES, length);
        RecordingFormat.putInt(buf, 0, length);
        RecordingFormat.putInt(buf, 4, (int) crc.getValue());
        out.write(buf, 0, pos);
        pos = BLOCK_HEADER_BYTES;
    }

    /** Writes the pending block, then the trailer with the number of event records. */
    void writeTrailer(long eventCount) throws IOException {
        writeBlock();
        Trailer.write(out, eventCount);
    }
}
