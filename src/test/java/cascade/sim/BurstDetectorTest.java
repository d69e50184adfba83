package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import org.junit.jupiter.api.Test;

class BurstDetectorTest {
    private final Instruments instruments = new Instruments();
    private final int btc = instruments.register("sim", "BTCUSDT", 1, 3).id();
    private final int eth = instruments.register("sim", "ETHUSDT", 1, 3).id();
    private final MarketEvent e = new MarketEvent();

    @Test
    void liquidationsLessThanTheGapApartFormOneBurstPerSymbol() {
        BurstDetector detector = new BurstDetector(instruments, 5000);
        liquidation(detector, btc, 0);
        liquidation(detector, eth, 500);
        liquidation(detector, btc, 1000);
        detector.accept(e.trade(btc, 3000, Side.SELL, 1_000_000, 100));
        liquidation(detector, btc, 5999);   // 4 999 ms after the last: same burst
        liquidation(detector, btc, 11_000); // 5 001 ms after: a new burst

        BurstDistribution bursts = detector.finish();

        assertThat(bursts.count()).isEqualTo(3);
        assertThat(bursts.instrument(0)).isEqualTo(btc);
        assertThat(bursts.size(0)).isEqualTo(3);
        assertThat(bursts.startMs(0)).isZero();
        assertThat(bursts.endMs(0)).isEqualTo(5999);
        // each liquidation is 0.1 BTC at 100 000.0
        assertThat(bursts.usd(0)).isEqualTo(30_000.0);
        assertThat(bursts.size(1)).isEqualTo(1);
        assertThat(bursts.instrument(2)).isEqualTo(eth);
        assertThat(bursts.largest(btc, 0, 20_000)).isEqualTo(3);
        assertThat(bursts.largest(btc, 1, 20_000)).isEqualTo(1);
        assertThat(bursts.sizeHistogram()).containsExactly(2, 1);
        assertThat(bursts.sizeTable()).contains("| 1 | 2 | 0.6667 |").contains("| 2–3 | 1 | 0.3333 |");
    }

    private void liquidation(BurstDetector detector, int instrument, long timeMs) {
        detector.accept(e.liquidation(instrument, timeMs, Side.SELL, 1_000_000, 100));
    }
}
