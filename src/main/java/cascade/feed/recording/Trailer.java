package cascade.feed.recording;

import cascade.feed.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The end of a recording: a block length of 0, the CRC32C of the event count, the count (i64) and
 * {@link RecordingFormat#END_MAGIC}. Nothing may follow it. Its presence proves the writer finished.
 */
final class Trailer {
    static final int BYTES = RecordingFormat.BLOCK_HEADER_BYTES + 8 + RecordingFormat.END_MAGIC.length;

    private Trailer() {
    }

    static void write(OutputStream out, long eventCount) throws IOException {
        byte[] trailer = new byte[BYTES];
        for (int i = 0; i < 8; i++) {
            trailer[8 + i] = (byte) (eventCount >>> (56 - 8 * i));
        }
        RecordingFormat.putInt(trailer, 4, crc(trailer));
        System.arraycopy(RecordingFormat.END_MAGIC, 0, trailer, 16, RecordingFormat.END_MAGIC.length);
        out.write(trailer);
    }

    /**
     * Reads the rest of a trailer whose first 8 bytes were read as a block header at {@code offset}.
     *
     * @return the event count the writer declared
     */
    static long read(InputStream in, byte[] header, long offset, String file) throws IOException {
        byte[] trailer = Arrays.copyOf(header, BYTES);
        int rest = BYTES - header.length;
        if (in.readNBytes(trailer, header.length, rest) < rest) {
            throw new BadInputException(file, 0, null,
                    "truncated: the file ends inside the trailer at byte offset " + offset);
        }
        boolean endMagic = Arrays.equals(trailer, 16, BYTES, RecordingFormat.END_MAGIC, 0,
                RecordingFormat.END_MAGIC.length);
        if (crc(trailer) != RecordingFormat.intAt(trailer, 4) || !endMagic) {
            throw new BadInputException(file, 0, "trailer", "corrupt trailer at byte offset " + offset);
        }
        if (in.read() != -1) {
            throw new BadInputException(file, 0, "trailer",
                    "unexpected data after the trailer at byte offset " + (offset + BYTES));
        }
        long count = 0;
        for (int i = 0; i < 8; i++) {
            count = (count << 8) | (trailer[8 + i] & 0xFF);
        }
        return count;
    }

    private static int crc(byte[] trailer) {
        CRC32C crc = new CRC32C();
        crc.update(trailer, 8, 8);
        return (int) crc.getValue();
    }
}
