package cascade.feed.recording;

import cascade.market.Instrument;
import cascade.market.Instruments;
import java.util.Arrays;

/**
 * Maps the instrument ids of one recording (the writer's registry ids) to ids in the reader's registry, as the
 * file's inline definitions arrive. The lookup on every event is one array read.
 */
final class FileInstruments {
    /** Guards against a corrupt definition asking for a giant table. */
    private static final long MAX_FILE_ID = 1 << 20;

    private final Instruments registry;
    private int[] registryIds = new int[0];

    FileInstruments(Instruments registry) {
        this.registry = registry;
    }

    /** Reads a definition record (after its tag) and registers the instrument. */
    void define(BlockReader in) {
        long fileId = in.readVarLong();
        String venue = in.readText();
        String symbol = in.readText();
        int priceScale = in.readByte();
        int qtyScale = in.readByte();
        if (fileId >= MAX_FILE_ID) {
            throw in.corruptRecord("instrument id " + fileId + " is out of range");
        }
        Instrument instrument = register(in, venue, symbol, priceScale, qtyScale);
        int id = (int) fileId;
        if (id >= registryIds.length) {
            int oldLength = registryIds.length;
            registryIds = Arrays.copyOf(registryIds, Math.max(id + 1, 2 * oldLength));
            Arrays.fill(registryIds, oldLength, registryIds.length, -1);
        }
        if (registryIds[id] >= 0 && registryIds[id] != instrument.id()) {
            throw in.corruptRecord("instrument id " + id + " is defined twice, the second time as " + instrument.key());
        }
        registryIds[id] = instrument.id();
    }

    /** @param encoded file id + 1, or 0 for no instrument; @return the registry id, or -1 for none */
    int registryId(long encoded, BlockReader in) {
        if (encoded == 0) {
            return -1;
        }
        long fileId = encoded - 1;
        if (fileId >= registryIds.length || registryIds[(int) fileId] < 0) {
            throw in.corruptRecord("instrument id " + fileId + " is used before its definition");
        }
        return registryIds[(int) fileId];
    }

    private Instrument register(BlockReader in, String venue, String symbol, int priceScale, int qtyScale) {
        Instrument instrument;
        try {
            instrument = registry.register(venue, symbol, priceScale, qtyScale);
        } catch (IllegalArgumentException e) {
            throw in.corruptRecord(e.getMessage());
        }
        if (instrument.priceScale() != priceScale || instrument.qtyScale() != qtyScale) {
            throw in.corruptRecord("instrument " + instrument.key() + " has price/qty scales " + priceScale + "/"
                    + qtyScale + " in the recording but " + instrument.priceScale() + "/" + instrument.qtyScale()
                    + " in the registry");
        }
        return instrument;
    }
}
