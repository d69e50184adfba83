package cascade.sim;

import cascade.feed.EventSource;
import cascade.feed.recording.RecordingReader;
import cascade.map.ClusterRanges;
import cascade.map.ClusterScore;
import cascade.map.LiquidationMap;
import cascade.map.MapConfig;
import cascade.market.EventType;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.state.MarketState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the liquidation-map estimate against what was liquidated next (the engine of
 * {@code cascade heatmap --score}). Every hour after a warm-up, for every symbol, it takes three predictions
 * of where the next hour's liquidations will happen, each made of price ranges, and measures the share of
 * the next hour's liquidated USD (USD-weighted over all symbol-hours) that fell inside them:
 * <ul>
 * <li><b>estimate</b> — the {@code k} heaviest clusters of Cascade's {@link LiquidationMap} (anywhere, or only
 *     those within ±d of the price), built only from what a feed shows (trades, OI snapshots, prices, forced
 *     orders);</li>
 * <li><b>truth</b> — the {@code k} heaviest clusters of the real liquidation prices of the open positions, in
 *     buckets as wide as the map's, under the same restriction (only where the simulator is at hand: what no
 *     feed gives);</li>
 * <li><b>band</b> — a naive baseline: one band centred on the price as wide as the estimate's ranges together
 *     (liquidations happen near the price, so this is hard to beat).</li>
 * </ul>
 * Every combination of {@link #NEAR} and {@link #CLUSTERS} is scored in one pass.
 */
public final class MapScoring {
    /** Candidate restrictions: anywhere, within ±2 %, within ±1 % of the price. */
    public static final double[] NEAR = {Double.POSITIVE_INFINITY, 0.02, 0.01};
    /** Numbers of clusters scored. */
    public static final int[] CLUSTERS = {3, 5, 10};
    /** Symbol-hours before the first prediction: the map needs history. */
    public static final long DEFAULT_WARM_UP_MS = 2 * SimConfig.HOUR_MS;
    /** How far from the price the truth's "anywhere" clusters are looked for. */
    private static final double TRUTH_ANYWHERE = 0.2;
    private static final Pattern SIMULATED = Pattern.compile("cascade simulate seed (-?\\d+)");

    /** One row of the capture table: shares of the next hour's liquidated USD; truth NaN when unknown. */
    public record Cell(double near, int clusters, double estimate, double truth, double band, double width) {
    }

    /** The scores of one recording or simulation. */
    public record Result(String source, int symbolHours, double liquidatedUsd, List<Cell> cells) {
        public Cell cell(double near, int clusters) {
            for (Cell c : cells) {
                if (c.near() == near && c.clusters() == clusters) {
                    return c;
                }
            }
            throw new IllegalArgumentException("not scored: near " + near + ", k " + clusters);
        }
    }

    private MapScoring() {
    }

    /** Simulates {@code config} and scores a map built with {@code map} against its truth. */
    public static Result simulate(SimConfig config, MapConfig map, long warmUpMs) {
        Instruments instruments = new Instruments();
        SimulatedMarket market = new SimulatedMarket(config, instruments);
        try {
            return score("seed " + config.seed(), market, null, instruments, market, map, config.startMs() + warmUpMs,
                    warmUpMs);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Scores a recording. When its header says {@code cascade simulate} wrote it, the same simulation is run
     * alongside for the truth (and checked event by event against the file); otherwise the truth is NaN.
     */
    public static Result recording(Path file, MapConfig map, long warmUpMs) throws IOException {
        Instruments instruments = new Instruments();
        try (RecordingReader reader = new RecordingReader(file, instruments)) {
            Matcher m = SIMULATED.matcher(reader.header().creator());
            SimulatedMarket twin = null;
            long startMs = reader.header().createdAtMs();
            long firstHour = Long.MIN_VALUE;
            if (m.matches()) {
                firstHour = startMs + warmUpMs;
                int symbols = countSymbols(file, startMs);
                SimConfig config = SimConfig.defaults(Long.parseLong(m.group(1))).withSymbolCount(symbols)
                        .withStart(startMs).withDuration(366 * SimConfig.DAY_MS);
                twin = new SimulatedMarket(config, new Instruments());
            }
            return score(file.getFileName().toString(), reader, twin, instruments, twin, map, firstHour, warmUpMs);
        }
    }

    /**
     * @param twin a simulation replayed alongside {@code source} and checked against it (null: none)
     * @param firstHourMs the first prediction time; {@code Long.MIN_VALUE}: the first event's plus the warm-up
     */
    private static Result score(String name, EventSource source, SimulatedMarket twin, Instruments instruments,
            SimulatedMarket truthSource, MapConfig map, long firstHourMs, long warmUpMs) throws IOException {
        MarketState state = new MarketState(instruments, 10_000, 8, 64, map);
        LiquidationTruth truth = truthSource == null ? null : truthSource.truth();
        int cells = NEAR.length * CLUSTERS.length;
        List<Hour> open = new ArrayList<>();
        double[] sums = new double[1 + 3 * cells];
        double[] widths = new double[cells];
        int scored = 0;
        long nextHour = firstHourMs;
        long lastMs = Long.MIN_VALUE;
        MarketEvent e = new MarketEvent();
        MarketEvent twinEvent = new MarketEvent();
        while (source.next(e)) {
            if (twin != null && twin != source) {
                if (!twin.next(twinEvent) || !same(e, twinEvent)) {
                    throw new IllegalArgumentException(name + ": the recording differs from the simulation its "
                            + "header names at " + e.timeMs + " ms; cannot score it against the truth");
                }
            }
            if (nextHour == Long.MIN_VALUE) {
                nextHour = e.timeMs + warmUpMs;
            }
            if (e.timeMs >= nextHour) {
                for (Hour h : open) {
                    if (h.score(sums)) {
                        scored++;
                        for (int c = 0; c < cells; c++) {
                            widths[c] += h.widthFraction(c);
                        }
                    }
                }
                open.clear();
                for (cascade.state.SymbolState s : state.all()) {
                    if (!Double.isNaN(s.liquidationMap.lastPrice())) {
                        open.add(Hour.predict(s, truth, map.bucketFraction(), nextHour));
                    }
                }
                nextHour += SimConfig.HOUR_MS;
            }
            state.onEvent(e);
            lastMs = e.timeMs;
            if (e.type == EventType.LIQUIDATION) {
                for (Hour h : open) {
                    if (h.inst.id() == e.instrument) {
                        h.add(e);
                    }
                }
            }
        }
        for (Hour h : open) { // the last hour counts when the stream reached its last second
            if (lastMs >= h.startMs + SimConfig.HOUR_MS - 1_000 && h.score(sums)) {
                scored++;
                for (int c = 0; c < cells; c++) {
                    widths[c] += h.widthFraction(c);
                }
            }
        }
        List<Cell> out = new ArrayList<>();
        for (int a = 0, c = 0; a < NEAR.length; a++) {
            for (int b = 0; b < CLUSTERS.length; b++, c++) {
                out.add(new Cell(NEAR[a], CLUSTERS[b], sums[1 + 3 * c] / sums[0],
                        truth == null ? Double.NaN : sums[2 + 3 * c] / sums[0], sums[3 + 3 * c] / sums[0],
                        widths[c] / Math.max(1, scored)));
            }
        }
        return new Result(name, scored, sums[0], List.copyOf(out));
    }

    private static boolean same(MarketEvent a, MarketEvent b) {
        return a.type == b.type && a.timeMs == b.timeMs && a.price == b.price && a.qty == b.qty;
    }

    /** Instruments a simulator recording defines in its first minute (every symbol marks its price each second). */
    private static int countSymbols(Path file, long startMs) throws IOException {
        Instruments instruments = new Instruments();
        try (RecordingReader reader = new RecordingReader(file, instruments)) {
            MarketEvent e = new MarketEvent();
            while (reader.next(e) && e.timeMs < startMs + 60_000) {
                // instruments register as their definitions are read
            }
        }
        return instruments.size();
    }

    /** One symbol's predictions at the top of an hour and the liquidations of that hour. */
    private static final class Hour {
        final Instrument inst;
        final long startMs;
        final double price;
        final double[][] ranges; // per cell: estimate lows, highs flattened as [lo0, hi0, lo1, ...]
        final double[][] truthRanges;
        double[] prices = new double[16];
        double[] usd = new double[16];
        int size;

        private Hour(Instrument inst, double price, double[][] ranges, double[][] truthRanges, long startMs) {
            this.inst = inst;
            this.startMs = startMs;
            this.price = price;
            this.ranges = ranges;
            this.truthRanges = truthRanges;
        }

        static Hour predict(cascade.state.SymbolState s, LiquidationTruth truth, double bucketFraction, long startMs) {
            LiquidationMap map = s.liquidationMap;
            double price = map.lastPrice();
            int cells = NEAR.length * CLUSTERS.length;
            double[][] estimate = new double[cells][];
            double[][] real = new double[cells][];
            for (int a = 0, c = 0; a < NEAR.length; a++) {
                double near = NEAR[a];
                PriceClusters[] truthTop = new PriceClusters[CLUSTERS.length];
                if (truth != null) {
                    double distance = Double.isInfinite(near) ? TRUTH_ANYWHERE : near;
                    long lo = s.instrument.priceUnits(price * (1 - distance));
                    long hi = s.instrument.priceUnits(price * (1 + distance));
                    int buckets = (int) Math.max(1, Math.round(2 * distance / bucketFraction));
                    LiquidationHistogram h = truth.histogram(s.instrument.id(), lo, hi, buckets);
                    for (int b = 0; b < CLUSTERS.length; b++) {
                        truthTop[b] = h.topClusters(CLUSTERS[b]);
                    }
                }
                for (int b = 0; b < CLUSTERS.length; b++, c++) {
                    ClusterRanges r = Double.isInfinite(near) ? map.topClusters(CLUSTERS[b])
                            : map.topClustersNear(CLUSTERS[b], price, near);
                    estimate[c] = flatten(r.lows(), r.highs());
                    if (truth != null) {
                        PriceClusters t = truthTop[b];
                        double[] lows = new double[t.size()];
                        double[] highs = new double[t.size()];
                        for (int i = 0; i < t.size(); i++) {
                            lows[i] = s.instrument.price(t.low(i));
                            highs[i] = s.instrument.price(t.high(i));
                        }
                        real[c] = flatten(lows, highs);
                    }
                }
            }
            return new Hour(s.instrument, price, estimate, real, startMs);
        }

        void add(MarketEvent e) {
            if (size == prices.length) {
                prices = Arrays.copyOf(prices, size * 2);
                usd = Arrays.copyOf(usd, size * 2);
            }
            prices[size] = inst.price(e.price);
            usd[size] = prices[size] * inst.qty(e.qty);
            size++;
        }

        double width(int cell) {
            double w = 0;
            for (int i = 0; i < ranges[cell].length; i += 2) {
                w += ranges[cell][i + 1] - ranges[cell][i];
            }
            return w;
        }

        double widthFraction(int cell) {
            return width(cell) / price;
        }

        /** Adds total, then per cell estimate, truth and band USD inside; false when nothing was liquidated. */
        boolean score(double[] sums) {
            double[] p = Arrays.copyOf(prices, size);
            double[] u = Arrays.copyOf(usd, size);
            double total = Arrays.stream(u).sum();
            if (total == 0) {
                return false;
            }
            sums[0] += total;
            for (int c = 0; c < ranges.length; c++) {
                double w = width(c);
                sums[1 + 3 * c] += total * inside(ranges[c], p, u);
                if (truthRanges[c] != null) {
                    sums[2 + 3 * c] += total * inside(truthRanges[c], p, u);
                }
                sums[3 + 3 * c] += total * inside(new double[] {price - w / 2, price + w / 2}, p, u);
            }
            return true;
        }

        private static double inside(double[] pairs, double[] p, double[] u) {
            double[] lows = new double[pairs.length / 2];
            double[] highs = new double[pairs.length / 2];
            for (int i = 0; i < lows.length; i++) {
                lows[i] = pairs[2 * i];
                highs[i] = pairs[2 * i + 1];
            }
            double f = ClusterScore.fractionInside(lows, highs, p, u);
            return Double.isNaN(f) ? 0 : f;
        }

        private static double[] flatten(double[] lows, double[] highs) {
            double[] out = new double[2 * lows.length];
            for (int i = 0; i < lows.length; i++) {
                out[2 * i] = lows[i];
                out[2 * i + 1] = highs[i];
            }
            return out;
        }
    }
}
