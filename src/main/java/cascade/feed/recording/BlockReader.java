package cascade.feed.recording;

import static cascade.feed.recording.RecordingFormat.BLOCK_HEADER_BYTES;

import cascade.feed.BadInputException;
import cascade.market.Fixed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Loads a recording block by block into one reused buffer, verifies each block's checksum before any of its
 * records are decoded, and decodes varints straight from the buffer (no per-byte stream calls, no
 * allocation). Keeps the record number and byte offset so every error says where it is.
 */
final class BlockReader {
    private final InputStream in;
    private final String file;
    private final byte[] header = new byte[BLOCK_HEADER_BYTES];
    private final CRC32C crc = new CRC32C();
    private byte[] buf = new byte[RecordingFormat.BLOCK_TARGET_BYTES + RecordingFormat.MAX_RECORD_BYTES];
    private int pos;
    private int limit;
    /** File offset of the next byte not yet read from the stream. */
    private long streamOffset;
    /** File offset of buf[0]. */
    private long blockOffset;
    private long records;
    private int recordStart;

    BlockReader(InputStream in, String file, long startOffset) {
        this.in = in;
        this.file = file;
        this.streamOffset = startOffset;
    }

    boolean hasRemaining() {
        return pos < limit;
    }

    /** Marks the start of the next record, for error locations. */
    void startRecord() {
        records++;
        recordStart = pos;
    }

    /**
     * Loads the next block.
     *
     * @return false when the trailer comes instead; {@link #readTrailerCount()} then reads it
     */
    boolean nextBlock() throws IOException {
        int got = in.readNBytes(header, 0, BLOCK_HEADER_BYTES);
        if (got == 0) {
            throw truncated("no trailer: the file ends after record " + records + " at byte offset " + streamOffset);
        }
        if (got < BLOCK_HEADER_BYTES) {
            throw truncated("the file ends inside a block header at byte offset " + streamOffset);
        }
        int length = RecordingFormat.intAt(header, 0);
        if (length == 0) {
            return false;
        }
        if (length < 0 || length > RecordingFormat.MAX_BLOCK_BYTES) {
            throw blockError("impossible block length " + length);
        }
        if (buf.length < length) {
            buf = Arrays.copyOf(buf, length);
        }
        if (in.readNBytes(buf, 0, length) < length) {
            throw truncated("block at byte offset " + streamOffset + " needs " + length + " bytes but the file"
                    + " ends first (after record " + records + ")");
        }
        crc.reset();
        crc.update(buf, 0, length);
        if ((int) crc.getValue() != RecordingFormat.intAt(header, 4)) {
            throw blockError("checksum mismatch: the block is corrupt");
        }
        blockOffset = streamOffset + BLOCK_HEADER_BYTES;
        streamOffset += BLOCK_HEADER_BYTES + length;
        pos = 0;
        limit = length;
        return true;
    }

    /** Reads the trailer whose start {@link #nextBlock()} met, and checks that the file ends there. */
    long readTrailerCount() throws IOException {
        return Trailer.read(in, header, streamOffset, file);
    }

    int readByte() {
        if (pos >= limit) {
            throw corruptRecord("record runs past the end of its block");
        }
        return buf[pos++] & 0xFF;
    }

    /** Unsigned LEB128, decoded by hand from the buffer. */
    long readVarLong() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= limit) {
                throw corruptRecord("record runs past the end of its block");
            }
            byte b = buf[pos++];
            result |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw corruptRecord("varint longer than 10 bytes");
    }

    long readZigZag() {
        return RecordingFormat.unzigzag(readVarLong());
    }

    long readOptional() {
        long u = readVarLong();
        return u == 0 ? Fixed.UNKNOWN : RecordingFormat.unzigzag(u - 1);
    }

    String readText() {
        long length = readVarLong();
        if (length > RecordingFormat.MAX_TEXT_BYTES || length > limit - pos) {
            throw corruptRecord("impossible text length " + length);
        }
        String s = new String(buf, pos, (int) length, StandardCharsets.UTF_8);
        pos += (int) length;
        return s;
    }

    BadInputException corruptRecord(String reason) {
        return new BadInputException(file, 0, "record", "record " + records + " at byte offset "
                + (blockOffset + recordStart) + ": " + reason);
    }

    /** Bytes of the file consumed so far (whole blocks), for progress reporting. */
    long bytesConsumed() {
        return streamOffset;
    }

    private BadInputException blockError(String reason) {
        return new BadInputException(file, 0, "block", "block at byte offset " + streamOffset + " (after record "
                + records + "): " + reason);
    }

    private BadInputException truncated(String reason) {
        return new BadInputException(file, 0, null, "truncated: " + reason);
    }
}
