package cascade.report;

import cascade.feed.EventSource;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.map.LiquidationMap;
import cascade.map.MapConfig;
import cascade.state.MarketState;
import cascade.state.SymbolState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects snapshots of one symbol's {@link LiquidationMap} during a run, one per {@code everyMs} of event
 * time, for {@link HeatmapChart}. Each snapshot holds the map in {@code rows} price rows over
 * price·(1 ± range). Memory stays bounded: past {@code maxSnapshots} every other snapshot is dropped and the
 * step doubles, so a long run still spans the whole chart. Snapshots allocate: call it from reports and
 * tools, or at a coarse step on the engine thread.
 * <p>
 * A heatmap of recorded data in one line:
 * {@code HeatmapRecorder.replay(source, instruments, "BTCUSDT", config, 4 * 3_600_000L).render(png)}.
 */
public final class HeatmapRecorder {
    public static final double DEFAULT_RANGE = 0.15;
    public static final int DEFAULT_ROWS = 150;
    public static final int DEFAULT_MAX_SNAPSHOTS = 1500;

    private final SymbolState state;
    private final double range;
    private final int rows;
    private final int maxSnapshots;
    private final List<HeatmapSnapshot> snapshots = new ArrayList<>();
    private long stepMs;
    private long nextMs = Long.MIN_VALUE;

    /** ±15 % of the price in 150 rows, at most 1500 snapshots. */
    public HeatmapRecorder(SymbolState state, long everyMs) {
        this(state, everyMs, DEFAULT_RANGE, DEFAULT_ROWS, DEFAULT_MAX_SNAPSHOTS);
    }

    public HeatmapRecorder(SymbolState state, long everyMs, double range, int rows, int maxSnapshots) {
        if (everyMs <= 0 || !(range > 0 && range < 1) || rows < 1 || maxSnapshots < 2) {
            throw new IllegalArgumentException("need everyMs > 0, 0 < range < 1, rows >= 1, maxSnapshots >= 2");
        }
        this.state = state;
        this.stepMs = everyMs;
        this.range = range;
        this.rows = rows;
        this.maxSnapshots = maxSnapshots;
    }

    /**
     * Replays a whole source through fresh market state (maps built with {@code config}) and records
     * {@code symbol} ("BTCUSDT" or "binance:BTCUSDT") at its events, one snapshot per {@code everyMs}.
     *
     * @throws IllegalArgumentException when the source has no events of the symbol
     */
    public static HeatmapRecorder replay(EventSource source, Instruments instruments, String symbol, MapConfig config,
            long everyMs) throws IOException {
        long bucketMs = source.barLengthMs() > 0 ? source.barLengthMs() : 10_000;
        MarketState market = new MarketState(instruments, bucketMs, 1, 1, config);
        MarketEvent e = new MarketEvent();
        HeatmapRecorder recorder = null;
        while (source.next(e)) {
            market.onEvent(e);
            if (e.instrument >= 0 && matches(instruments.get(e.instrument), symbol)) {
                if (recorder == null) {
                    recorder = new HeatmapRecorder(market.get(e.instrument), everyMs);
                }
                recorder.onTime(e.timeMs);
            }
        }
        if (recorder == null) {
            throw new IllegalArgumentException("no events of " + symbol + " in " + source.describe());
        }
        return recorder;
    }

    /** Takes a snapshot when one is due at this event time and the map has seen a price. */
    public void onTime(long timeMs) {
        LiquidationMap map = state.liquidationMap;
        double price = map.lastPrice();
        if (timeMs < nextMs || Double.isNaN(price)) {
            return;
        }
        double from = price * (1 - range);
        double to = price * (1 + range);
        double[] longUsd = new double[rows];
        double[] shortUsd = new double[rows];
        map.heatmap(from, to, longUsd, shortUsd);
        snapshots.add(new HeatmapSnapshot(timeMs, price, from, to, longUsd, shortUsd));
        if (snapshots.size() > maxSnapshots) {
            thin();
        }
        nextMs = Math.floorDiv(timeMs, stepMs) * stepMs + stepMs;
    }

    /** True when some snapshot holds liquidation levels: false means a blank chart (no open-interest rise). */
    public boolean hasLevels() {
        for (HeatmapSnapshot s : snapshots) {
            for (int r = 0; r < s.rows(); r++) {
                if (s.usd(r) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Why the map is empty: no open interest at all, or open interest that never rose within the chart. */
    public String emptyReason() {
        long samples = state.liquidationMap.oiSamples();
        return samples == 0 ? "no open interest" : samples == 1 ? "only one open-interest observation"
                : "open interest never rose (no levels within the chart's range)";
    }

    public String symbol() {
        return state.instrument.symbol();
    }

    /** The current snapshot step (it doubles each time the snapshots are thinned). */
    public long stepMs() {
        return stepMs;
    }

    public List<HeatmapSnapshot> snapshots() {
        return Collections.unmodifiableList(snapshots);
    }

    /** The heatmap as PNG bytes. */
    public byte[] png() {
        return HeatmapChart.render(symbol(), snapshots);
    }

    /** Writes the heatmap PNG to a file. */
    public void render(Path png) throws IOException {
        Files.write(png, png());
    }

    private void thin() {
        int kept = 0;
        for (int i = 0; i < snapshots.size(); i += 2) {
            snapshots.set(kept++, snapshots.get(i));
        }
        snapshots.subList(kept, snapshots.size()).clear();
        stepMs *= 2;
    }

    private static boolean matches(Instrument instrument, String symbol) {
        return instrument.symbol().equals(symbol) || instrument.key().equals(symbol);
    }
}
