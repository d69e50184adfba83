package cascade.feed.recording;

import cascade.feed.BadInputException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The versioned start of a recording: who wrote it and when (wall-clock creation time, informational only).
 *
 * @param version the format version; readers refuse versions they do not know
 */
public record RecordingHeader(int version, long createdAtMs, String creator) {

    /** Bytes the header occupies in the file. */
    int sizeBytes() {
        return RecordingFormat.MAGIC.length + 2 + 8 + 1 + creatorBytes().length;
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.write(RecordingFormat.MAGIC);
        data.writeShort(version);
        data.writeLong(createdAtMs);
        byte[] text = creatorBytes();
        data.writeByte(text.length);
        data.write(text);
        data.flush();
    }

    /**
     * @throws BadInputException when the magic is wrong, the version unknown or the header cut short
     */
    static RecordingHeader read(InputStream in, String file) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] magic = new byte[RecordingFormat.MAGIC.length];
            data.readFully(magic);
            if (!Arrays.equals(magic, RecordingFormat.MAGIC)) {
                throw new BadInputException(file, 0, "magic", "not a Cascade recording (wrong magic bytes)");
            }
            int version = data.readUnsignedShort();
            if (version != RecordingFormat.VERSION) {
                throw new BadInputException(file, 0, "version", "unsupported recording format version " + version
                        + "; this build reads version " + RecordingFormat.VERSION);
            }
            long createdAtMs = data.readLong();
            byte[] text = new byte[data.readUnsignedByte()];
            data.readFully(text);
            return new RecordingHeader(version, createdAtMs, new String(text, StandardCharsets.UTF_8));
        } catch (EOFException e) {
            throw new BadInputException(file, 0, "header", "truncated: the file ends inside the header");
        }
    }

    private byte[] creatorBytes() {
        byte[] text = creator.getBytes(StandardCharsets.UTF_8);
        if (text.length > RecordingFormat.MAX_TEXT_BYTES) {
            throw new IllegalArgumentException("creator longer than 255 UTF-8 bytes: " + creator);
        }
        return text;
    }
}
