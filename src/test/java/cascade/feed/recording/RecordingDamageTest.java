package cascade.feed.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascade.feed.BadInputException;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged recordings. The file under test: a 23-byte header (magic 8, version 2, time 8, creator "test" 1 + 4),
 * one block at byte 23 (8-byte block header, payload from byte 31) holding 5 records (two instrument
 * definitions, three events), then the 24-byte trailer.
 */
class RecordingDamageTest {
    private static final int BLOCK = 23;
    private static final int PAYLOAD = 31;
    private static final int TRAILER_BYTES = 24;

    @TempDir
    Path dir;

    private Path file;
    private byte[] bytes;
    private int eventsBeforeFailure;

    @BeforeEach
    void writeSmallRecording() throws IOException {
        Instruments instruments = new Instruments();
        instruments.register("binance", "BTCUSDT", 2, 3);
        instruments.register("binance", "ETHUSDT", 2, 3);
        file = dir.resolve("small.casc");
        try (RecordingWriter writer = new RecordingWriter(file, instruments, "test", 0)) {
            writer.write(new MarketEvent().liquidation(0, 1_000, Side.SELL, 9_000_000, 1_500));
            writer.write(new MarketEvent().liquidation(1, 1_001, Side.BUY, 300_000, 2_000));
            writer.write(new MarketEvent().markPrice(0, 1_002, 9_000_100));
        }
        bytes = Files.readAllBytes(file);
    }

    private String readAllExpectingFailure(byte[] content) throws IOException {
        Files.write(file, content);
        try {
            try (RecordingReader reader = new RecordingReader(file, new Instruments())) {
                MarketEvent slot = new MarketEvent();
                eventsBeforeFailure = 0;
                while (reader.next(slot)) {
                    eventsBeforeFailure++;
                }
            }
        } catch (BadInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error reported");
    }

    private byte[] cut(int length) {
        return Arrays.copyOf(bytes, length);
    }

    /** Changes one payload byte and fixes the block checksum, so only the record decoder can notice. */
    private byte[] patchPayload(int offset, int value) {
        byte[] patched = bytes.clone();
        patched[offset] = (byte) value;
        int length = patched.length - TRAILER_BYTES - PAYLOAD;
        CRC32C crc = new CRC32C();
        crc.update(patched, PAYLOAD, length);
        int check = (int) crc.getValue();
        for (int i = 0; i < 4; i++) {
            patched[BLOCK + 4 + i] = (byte) (check >>> (24 - 8 * i));
        }
        return patched;
    }

    @Test
    void aMissingTrailerIsTruncation() throws IOException {
        int end = bytes.length - TRAILER_BYTES;
        assertThat(readAllExpectingFailure(cut(end)))
                .isEqualTo("small.casc:0: truncated: no trailer: the file ends after record 5 at byte offset " + end);
        assertThat(eventsBeforeFailure).isEqualTo(3);
    }

    @Test
    void aBlockCutShortIsTruncation() throws IOException {
        int payload = bytes.length - TRAILER_BYTES - PAYLOAD;
        assertThat(readAllExpectingFailure(cut(PAYLOAD + 5))).isEqualTo("small.casc:0: truncated: block at byte"
                + " offset 23 needs " + payload + " bytes but the file ends first (after record 0)");
    }

    @Test
    void cutsInsideTheHeaderBlockHeaderOrTrailerAreTruncation() throws IOException {
        assertThat(readAllExpectingFailure(cut(15)))
                .isEqualTo("small.casc:0: field 'header': truncated: the file ends inside the header");
        assertThat(readAllExpectingFailure(cut(BLOCK + 4)))
                .isEqualTo("small.casc:0: truncated: the file ends inside a block header at byte offset 23");
        int trailer = bytes.length - TRAILER_BYTES;
        assertThat(readAllExpectingFailure(cut(bytes.length - 3)))
                .isEqualTo("small.casc:0: truncated: the file ends inside the trailer at byte offset " + trailer);
    }

    @Test
    void aFlippedBitFailsTheBlockChecksumBeforeAnyEventIsHandedOut() throws IOException {
        byte[] damaged = bytes.clone();
        damaged[PAYLOAD + 20] ^= 0x04;
        assertThat(readAllExpectingFailure(damaged)).isEqualTo(
                "small.casc:0: field 'block': block at byte offset 23 (after record 0): checksum mismatch: the"
                        + " block is corrupt");
        assertThat(eventsBeforeFailure).isZero();
    }

    @Test
    void anUnknownRecordTagIsNamedWithRecordNumberAndOffset() throws IOException {
        assertThat(readAllExpectingFailure(patchPayload(PAYLOAD, 0x3F)))
                .isEqualTo("small.casc:0: field 'record': record 1 at byte offset 31: unknown record tag 0x3f");
    }

    @Test
    void anEventForAnUndefinedInstrumentIsCorrupt() throws IOException {
        // record 1 defines BTCUSDT as file id 0 (tag, id 0, venue "binance", symbol "BTCUSDT", 2 scales = 20
        // bytes); record 2 is its liquidation: tag at 51, instrument (file id + 1) at 52
        assertThat(readAllExpectingFailure(patchPayload(PAYLOAD + 21, 7))).isEqualTo(
                "small.casc:0: field 'record': record 2 at byte offset 51: instrument id 6 is used before its"
                        + " definition");
    }

    @Test
    void aTrailerCountThatDisagreesIsReported() throws IOException {
        byte[] patched = bytes.clone();
        int count = bytes.length - 16;
        patched[count + 7] = 4;
        CRC32C crc = new CRC32C();
        crc.update(patched, count, 8);
        int check = (int) crc.getValue();
        for (int i = 0; i < 4; i++) {
            patched[count - 4 + i] = (byte) (check >>> (24 - 8 * i));
        }
        assertThat(readAllExpectingFailure(patched))
                .isEqualTo("small.casc:0: field 'trailer': the trailer declares 4 events but 3 were read");
    }

    @Test
    void dataAfterTheTrailerIsReported() throws IOException {
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThat(readAllExpectingFailure(longer)).isEqualTo(
                "small.casc:0: field 'trailer': unexpected data after the trailer at byte offset " + bytes.length);
    }

    @Test
    void anUnknownVersionIsRefusedAtOpen() throws IOException {
        byte[] newer = bytes.clone();
        newer[9] = 2;
        Files.write(file, newer);
        assertThatThrownBy(() -> new RecordingReader(file, new Instruments()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("small.casc:0: field 'version': unsupported recording format version 2; this build reads"
                        + " version 1");
    }

    @Test
    void aFileWithoutTheMagicIsNotARecording() throws IOException {
        Files.writeString(file, "open_time_ms,open,high,low,close\n");
        assertThatThrownBy(() -> new RecordingReader(file, new Instruments()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("small.casc:0: field 'magic': not a Cascade recording (wrong magic bytes)");
    }

    @Test
    void scalesThatDisagreeWithTheRegistryAreRefused() {
        Instruments registry = new Instruments();
        registry.register("binance", "BTCUSDT", 8, 6);
        assertThatThrownBy(() -> {
            try (RecordingReader reader = new RecordingReader(file, registry)) {
                reader.next(new MarketEvent());
            }
        }).isInstanceOf(BadInputException.class).hasMessage("small.casc:0: field 'record': record 1 at byte offset"
                + " 31: instrument binance:BTCUSDT has price/qty scales 2/3 in the recording but 8/6 in the registry");
    }
}
