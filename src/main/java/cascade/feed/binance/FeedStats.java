package cascade.feed.binance;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The feed's counters (reconnects, gaps, duplicates, bad frames …) and per-symbol health, written by the
 * feed's threads and read by the status page. Wall-clock times here are for health only, never for decisions.
 */
public final class FeedStats {
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final String[] symbols;
    private final AtomicLongArray lastMarkWallMs;
    private final AtomicLongArray lastTradeWallMs;
    private final AtomicLongArray lastMessageWallMs;
    private final AtomicLongArray gaps;
    private final AtomicLongArray stale;
    private volatile boolean connected;

    public FeedStats(String[] symbols) {
        this.symbols = symbols.clone();
        lastMarkWallMs = new AtomicLongArray(symbols.length);
        lastTradeWallMs = new AtomicLongArray(symbols.length);
        lastMessageWallMs = new AtomicLongArray(symbols.length);
        gaps = new AtomicLongArray(symbols.length);
        stale = new AtomicLongArray(symbols.length);
    }

    public void count(String name) {
        add(name, 1);
    }

    public void add(String name, long n) {
        counters.computeIfAbsent(name, k -> new AtomicLong()).addAndGet(n);
    }

    public long get(String name) {
        AtomicLong c = counters.get(name);
        return c == null ? 0 : c.get();
    }

    /** Every counter, sorted by name. */
    public Map<String, Long> counters() {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public String[] symbols() {
        return symbols.clone();
    }

    void markSeen(int index, long wallMs) {
        lastMarkWallMs.set(index, wallMs);
        lastMessageWallMs.set(index, wallMs);
    }

    void tradeSeen(int index, long wallMs) {
        lastTradeWallMs.set(index, wallMs);
        lastMessageWallMs.set(index, wallMs);
    }

    void gap(int index) {
        gaps.incrementAndGet(index);
    }

    void stale(int index, boolean isStale) {
        stale.set(index, isStale ? 1 : 0);
    }

    void connected(boolean c) {
        connected = c;
    }

    public boolean connected() {
        return connected;
    }

    public long lastMarkWallMs(int index) {
        return lastMarkWallMs.get(index);
    }

    public long lastMessageWallMs(int index) {
        return lastMessageWallMs.get(index);
    }

    public long lastTradeWallMs(int index) {
        return lastTradeWallMs.get(index);
    }

    public long gaps(int index) {
        return gaps.get(index);
    }

    /** The symbol's mark stream went silent past the watchdog's limit and has not ticked since. */
    public boolean isStale(int index) {
        return stale.get(index) != 0;
    }
}
