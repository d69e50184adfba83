package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.EventType;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The common market factor makes liquidations cluster across symbols. Four symbols over ten days (seed 3) in
 * 5-minute windows, against a control run in which each symbol moves on its own (beta 0, no market-wide
 * volatility regime or jumps; the same total volatility).
 */
class CrossSymbolClusteringTest {
    private static final long WINDOW_MS = 5 * 60_000L;
    private static Windows common;
    private static Windows independent;

    @BeforeAll
    static void simulate() throws Exception {
        SimConfig config = SimConfig.defaults(3).withSymbolCount(4).withDuration(10 * SimConfig.DAY_MS)
                .withEventDetail(0.005, 60_000, 60_000);
        common = run(config);
        independent = run(withoutMarketFactor(config));
        System.out.printf("co-exceedance of top-1%% windows: %.3f with the market factor, %.3f without; "
                + "imbalance correlation %.3f vs %.3f%n", common.coExceedance(), independent.coExceedance(),
                common.imbalanceCorrelation(), independent.imbalanceCorrelation());
    }

    @Test
    void oneSymbolsWorstWindowsAreOftenTheOthersWorstToo() {
        // independence would give 0.01: a window in one symbol's top 1 % is in another's top 1 % by chance
        assertThat(common.coExceedance()).isGreaterThan(0.03);
        assertThat(common.coExceedance()).isGreaterThan(2 * independent.coExceedance());
    }

    @Test
    void symbolsLiquidateTheSameSideAtTheSameTime() {
        assertThat(common.imbalanceCorrelation()).isGreaterThan(0.2);
        assertThat(Math.abs(independent.imbalanceCorrelation())).isLessThan(0.05);
    }

    private static SimConfig withoutMarketFactor(SimConfig config) {
        List<SymbolSpec> alone = new ArrayList<>();
        for (SymbolSpec s : config.symbols()) {
            alone.add(new SymbolSpec(s.symbol(), s.startPrice(), s.annualVol(), 0, s.tradesPerSecond(),
                    s.dailyVolumeUsd(), s.traders(), s.meanPositionUsd(), s.depthUsdPerPct()));
        }
        PriceProcessSpec p = config.market();
        double ownVolOfVol = Math.hypot(p.volOfVol(), p.idioVolOfVol());
        return config.withSymbols(alone).withMarket(new PriceProcessSpec(0, p.volHalfLifeHours(), ownVolOfVol,
                p.idioVolHalfLifeHours(), 0, p.jumpScalePct(), p.jumpDownShare(),
                p.idioJumpsPerDay() + p.jumpsPerDay(), p.microNoisePct(), p.microNoiseHalfLifeSec()));
    }

    private static Windows run(SimConfig config) throws Exception {
        Instruments instruments = new Instruments();
        SimulatedMarket market = new SimulatedMarket(config, instruments);
        Windows w = new Windows(config.symbols().size(), (int) (config.durationMs() / WINDOW_MS));
        MarketEvent e = new MarketEvent();
        while (market.next(e)) {
            if (e.type == EventType.LIQUIDATION) {
                Instrument inst = instruments.get(e.instrument);
                double usd = inst.qty(e.qty) * inst.price(e.price);
                int window = (int) ((e.timeMs - config.startMs()) / WINDOW_MS);
                w.usd[e.instrument][window] += usd;
                w.longMinusShort[e.instrument][window] += e.side == Side.SELL ? usd : -usd;
            }
        }
        return w;
    }

    /** Liquidated USD per symbol and window. */
    private record Windows(double[][] usd, double[][] longMinusShort) {
        Windows(int symbols, int windows) {
            this(new double[symbols][windows], new double[symbols][windows]);
        }

        /** Mean over ordered symbol pairs of P(window in j's top 1 % | window in i's top 1 %). */
        double coExceedance() {
            double sum = 0;
            int pairs = 0;
            for (int i = 0; i < usd.length; i++) {
                for (int j = 0; j < usd.length; j++) {
                    if (i != j) {
                        sum += conditionalExceedance(usd[i], usd[j]);
                        pairs++;
                    }
                }
            }
            return sum / pairs;
        }

        /** Mean pairwise correlation of (long − short)/(long + short) per window. */
        double imbalanceCorrelation() {
            double sum = 0;
            int pairs = 0;
            for (int i = 0; i < usd.length; i++) {
                for (int j = i + 1; j < usd.length; j++) {
                    sum += Stats.correlation(imbalance(i), imbalance(j));
                    pairs++;
                }
            }
            return sum / pairs;
        }

        private double[] imbalance(int symbol) {
            double[] out = new double[usd[symbol].length];
            for (int w = 0; w < out.length; w++) {
                out[w] = usd[symbol][w] > 0 ? longMinusShort[symbol][w] / usd[symbol][w] : 0;
            }
            return out;
        }

        private static double conditionalExceedance(double[] a, double[] b) {
            double ta = Stats.percentile(a, 0.99);
            double tb = Stats.percentile(b, 0.99);
            int inA = 0;
            int inBoth = 0;
            for (int w = 0; w < a.length; w++) {
                if (a[w] > ta) {
                    inA++;
                    inBoth += b[w] > tb ? 1 : 0;
                }
            }
            return inA == 0 ? 0 : inBoth / (double) inA;
        }
    }
}
