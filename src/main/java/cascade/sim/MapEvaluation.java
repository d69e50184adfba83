package cascade.sim;

import cascade.market.EventType;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.map.ClusterRanges;
import cascade.map.ClusterScore;
import cascade.map.MapConfig;
import cascade.state.MarketState;
import java.util.Arrays;

/**
 * Scores the liquidation-map estimate against the simulator's ground truth. Every hour (after a warm-up)
 * and for every symbol it takes three predictions of where the next hour's liquidations will happen, each
 * made of price ranges, and measures the share of the next hour's liquidated USD that fell inside them:
 * <ul>
 * <li><b>estimate</b> — the {@code k} heaviest clusters of Cascade's liquidation map (optionally only those
 *     near the price), built only from what a feed shows (OI snapshots, prices);</li>
 * <li><b>truth</b> — the {@code k} heaviest clusters of the real liquidation prices of the open positions,
 *     in buckets as wide as the map's (what no feed gives);</li>
 * <li><b>band</b> — a naive baseline: one band centred on the price as wide as the estimate's ranges
 *     together (liquidations happen near the price, so this is hard to beat).</li>
 * </ul>
 */
public final class MapEvaluation {
    private static final long HOUR_MS = 3_600_000L;

    /** USD-weighted shares over all scored symbol-hours, and the average width of the estimate's ranges. */
    public record Result(double estimate, double truth, double band, double estimateWidth, int symbolHours,
            double liquidatedUsd) {
    }

    private MapEvaluation() {
    }

    /**
     * @param nearDistance only clusters within ±this fraction of the price are candidates (for both the
     *     estimate and the truth); {@code Double.POSITIVE_INFINITY} for the heaviest anywhere
     */
    public static Result run(SimConfig config, int clusters, double nearDistance, long warmUpMs) {
        Instruments instruments = new Instruments();
        SimulatedMarket market = new SimulatedMarket(config, instruments);
        MarketState state = new MarketState(instruments, 10_000, 8, 64, MapConfig.DEFAULT);
        int n = config.symbols().size();
        ClusterRanges[] estimate = new ClusterRanges[n];
        double[][] truth = new double[n][];
        double[][] band = new double[n][];
        Hour[] hours = new Hour[n];
        double[] sums = new double[4];
        double widthSum = 0;
        int scored = 0;
        long nextHour = config.startMs() + warmUpMs;
        MarketEvent e = new MarketEvent();
        while (market.next(e)) {
            if (e.timeMs >= nextHour) {
                if (estimate[0] != null) {
                    for (int i = 0; i < n; i++) {
                        scored += hours[i].score(estimate[i], truth[i], band[i], sums) ? 1 : 0;
                    }
                }
                for (int i = 0; i < n; i++) {
                    int id = market.instruments().get(i).id();
                    Instrument inst = instruments.get(id);
                    double price = inst.price(market.truth().price(id));
                    estimate[i] = Double.isInfinite(nearDistance)
                            ? state.get(id).liquidationMap.topClusters(clusters)
                            : state.get(id).liquidationMap.topClustersNear(clusters, price, nearDistance);
                    truth[i] = truthRanges(market.truth(), id, inst, price, clusters,
                            Double.isInfinite(nearDistance) ? 0.2 : nearDistance);
                    double width = width(estimate[i]);
                    band[i] = new double[] {price - width / 2, price + width / 2};
                    widthSum += width / price;
                    hours[i] = new Hour(inst);
                }
                nextHour += HOUR_MS;
            }
            state.onEvent(e);
            if (e.type == EventType.LIQUIDATION && hours[0] != null) {
                hours[indexOf(market, e.instrument)].add(e);
            }
        }
        return new Result(sums[1] / sums[0], sums[2] / sums[0], sums[3] / sums[0], widthSum / Math.max(1, scored),
                scored, sums[0]);
    }

    private static double[] truthRanges(LiquidationTruth truth, int id, Instrument inst, double price, int k,
            double distance) {
        long lo = inst.priceUnits(price * (1 - distance));
        long hi = inst.priceUnits(price * (1 + distance));
        int buckets = (int) Math.max(1, Math.round(2 * distance / MapConfig.DEFAULT.bucketFraction()));
        PriceClusters top = truth.histogram(id, lo, hi, buckets).topClusters(k);
        double[] ranges = new double[top.size() * 2];
        for (int c = 0; c < top.size(); c++) {
            ranges[2 * c] = inst.price(top.low(c));
            ranges[2 * c + 1] = inst.price(top.high(c));
        }
        return ranges;
    }

    private static double width(ClusterRanges r) {
        double w = 0;
        for (int c = 0; c < r.count(); c++) {
            w += r.highs()[c] - r.lows()[c];
        }
        return w;
    }

    private static int indexOf(SimulatedMarket market, int instrumentId) {
        for (int i = 0; i < market.instruments().size(); i++) {
            if (market.instruments().get(i).id() == instrumentId) {
                return i;
            }
        }
        throw new IllegalStateException("not a simulated instrument: " + instrumentId);
    }

    /** The liquidations of one symbol in one hour. */
    private static final class Hour {
        private final Instrument inst;
        private double[] prices = new double[16];
        private double[] usd = new double[16];
        private int size;

        Hour(Instrument inst) {
            this.inst = inst;
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

        /** Adds total, estimate, truth and band USD inside to {@code sums}; false when nothing was liquidated. */
        boolean score(ClusterRanges estimate, double[] truth, double[] band, double[] sums) {
            double[] p = Arrays.copyOf(prices, size);
            double[] u = Arrays.copyOf(usd, size);
            double total = 0;
            for (double x : u) {
                total += x;
            }
            if (total == 0) {
                return false;
            }
            sums[0] += total;
            sums[1] += total * orZero(ClusterScore.fractionInside(estimate, p, u));
            sums[2] += total * orZero(ClusterScore.fractionInside(lows(truth), highs(truth), p, u));
            sums[3] += total * orZero(ClusterScore.fractionInside(lows(band), highs(band), p, u));
            return true;
        }

        private static double orZero(double v) {
            return Double.isNaN(v) ? 0 : v;
        }

        private static double[] lows(double[] pairs) {
            double[] out = new double[pairs.length / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = pairs[2 * i];
            }
            return out;
        }

        private static double[] highs(double[] pairs) {
            double[] out = new double[pairs.length / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = pairs[2 * i + 1];
            }
            return out;
        }
    }
}
