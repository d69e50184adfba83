package cascade.market;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registry of the instruments in a run. Ids are dense (0, 1, 2 …) so per-symbol state lives in arrays.
 * Registration happens while a source is opened, before events flow; lookups on the hot path use ids.
 */
public final class Instruments {
    private final List<Instrument> byId = new ArrayList<>();
    private final Map<String, Instrument> byKey = new HashMap<>();

    /** Returns the instrument for venue and symbol, registering it with the given scales if new. */
    public synchronized Instrument register(String venue, String symbol, int priceScale, int qtyScale) {
        String key = venue + ":" + symbol;
        Instrument existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        Instrument created = new Instrument(byId.size(), venue, symbol, priceScale, qtyScale);
        byId.add(created);
        byKey.put(key, created);
        return created;
    }

    public Instrument get(int id) {
        return byId.get(id);
    }

    /** @return the instrument or null */
    public Instrument find(String venue, String symbol) {
        return byKey.get(venue + ":" + symbol);
    }

    public int size() {
        return byId.size();
    }

    public List<Instrument> all() {
        return Collections.unmodifiableList(byId);
    }
}
