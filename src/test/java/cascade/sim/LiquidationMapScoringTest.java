package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import org.junit.jupiter.api.Test;

class LiquidationMapScoringTest {

    @Test
    void clustersMergeOverlapsAndAreHalfOpen() {
        PriceClusters c = PriceClusters.of(120, 125, 100, 110, 108, 115);

        assertThat(c.size()).isEqualTo(2);
        assertThat(c.toString()).isEqualTo("PriceClusters [100, 115) [120, 125)");
        assertThat(c.width()).isEqualTo(20);
        assertThat(c.contains(99)).isFalse();
        assertThat(c.contains(100)).isTrue();
        assertThat(c.contains(114)).isTrue();
        assertThat(c.contains(115)).isFalse();
        assertThat(c.contains(120)).isTrue();
        assertThat(c.contains(125)).isFalse();
        assertThatThrownBy(() -> PriceClusters.of(1, 2, 3)).hasMessageContaining("pairs");
        assertThatThrownBy(() -> PriceClusters.of(5, 5)).hasMessageContaining("empty cluster [5, 5)");
    }

    @Test
    void histogramBucketsLiquidationUsdPerSideAndNamesTheHeaviestBuckets() {
        LiquidationHistogram h = new LiquidationHistogram(100, 200, 4);
        h.add(true, 124, 10);
        h.add(false, 125, 5);
        h.add(true, 199, 7);
        h.add(true, 200, 1000);
        h.add(false, 99, 1000);

        assertThat(h.bucketLow(1)).isEqualTo(125);
        assertThat(h.bucketHigh(1)).isEqualTo(150);
        assertThat(h.longUsd(0)).isEqualTo(10);
        assertThat(h.shortUsd(1)).isEqualTo(5);
        assertThat(h.totalUsd(3)).isEqualTo(7);
        assertThat(h.topClusters(2).toString()).isEqualTo("PriceClusters [100, 125) [175, 200)");
        assertThat(new LiquidationHistogram(0, 10, 3).bucketHigh(0)).isEqualTo(3);
        assertThat(new LiquidationHistogram(0, 10, 3).bucketHigh(1)).isEqualTo(7);
    }

    @Test
    void scoresTheShareOfTheNextHoursLiquidatedUsdInsideTheClusters() {
        Instruments instruments = new Instruments();
        int btc = instruments.register("sim", "BTCUSDT", 1, 3).id();
        int eth = instruments.register("sim", "ETHUSDT", 1, 3).id();
        long from = 1_000_000;
        LiquidationMapScorer scorer = LiquidationMapScorer.nextHour(instruments, btc,
                PriceClusters.of(990_000, 1_000_000), from);
        MarketEvent e = new MarketEvent();

        scorer.accept(e.liquidation(btc, from - 1, Side.SELL, 995_000, 1000));
        scorer.accept(e.liquidation(btc, from + 10, Side.SELL, 995_000, 1000));
        scorer.accept(e.liquidation(btc, from + 20, Side.BUY, 1_010_000, 500));
        scorer.accept(e.liquidation(eth, from + 30, Side.SELL, 995_000, 1000));
        scorer.accept(e.trade(btc, from + 40, Side.SELL, 995_000, 1000));
        scorer.accept(e.liquidation(btc, from + 3_600_000, Side.SELL, 995_000, 1000));

        ClusterScore score = scorer.score();
        // inside: 1 BTC at 99 500.0; outside: 0.5 BTC at 101 000.0
        assertThat(score).isEqualTo(new ClusterScore(99_500, 150_000, 2, 1));
        assertThat(score.fraction()).isCloseTo(99_500 / 150_000.0, within(1e-15));
        assertThat(scorer.isComplete(from + 3_599_999)).isFalse();
        assertThat(scorer.isComplete(from + 3_600_000)).isTrue();
    }
}
