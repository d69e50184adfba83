package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cascade.feed.EventTape;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.map.LeverageTiers;
import cascade.map.MapConfig;
import cascade.map.OiUnit;
import cascade.state.MarketState;
import cascade.state.SymbolState;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tiers 10× (weight 3) and 25× (weight 1), mmr 0.4 %: OI 1 000 → 1 020 BTC at 100 000 puts longs at 90 400
 * (750 000 USD) and 96 400 (250 000), shorts at 103 600 (250 000) and 109 600 (750 000).
 */
class HeatmapTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final MapConfig TWO_TIERS = new MapConfig(new LeverageTiers(new double[] {10, 25},
            new double[] {3, 1}, 0.004), 0.001, OiUnit.COINS, 0);
    private static final long T0 = 1_735_689_600_000L;

    private final Instruments instruments = new Instruments();
    private final Instrument btc = instruments.register("binance", "BTCUSDT", 2, 3);
    private final MarketEvent e = new MarketEvent();

    @Test
    void snapshotHoldsTheMapInPriceRowsAroundThePrice() {
        SymbolState s = mapAfterOneRise();
        HeatmapRecorder recorder = new HeatmapRecorder(s, 60_000, 0.15, 30, 100); // 85 000 – 115 000, rows of 1 000

        recorder.onTime(T0 + 60_000);

        HeatmapSnapshot snap = recorder.snapshots().get(0);
        assertThat(snap.fromPrice()).isCloseTo(85_000, within(1e-9));
        assertThat(snap.toPrice()).isCloseTo(115_000, within(1e-9));
        double[] longs = new double[30];
        double[] shorts = new double[30];
        longs[5] = 750_000;   // 90 400
        longs[11] = 250_000;  // 96 400
        shorts[18] = 250_000; // 103 600
        shorts[24] = 750_000; // 109 600
        assertThat(snap.longUsd()).containsExactly(longs, within(1e-6));
        assertThat(snap.shortUsd()).containsExactly(shorts, within(1e-6));
    }

    @Test
    void recordsOncePerStepAndThinsToStayBounded() {
        HeatmapRecorder recorder = new HeatmapRecorder(mapAfterOneRise(), 1_000, 0.15, 10, 4);

        for (long t = 0; t <= 6_500; t += 500) {
            recorder.onTime(T0 + t);
        }

        // 0, 1 000, 2 000, 3 000, 4 000 is one too many: every other kept, the step doubles to 2 000
        assertThat(recorder.snapshots()).extracting(snap -> snap.timeMs() - T0).containsExactly(0L, 2_000L, 4_000L,
                6_000L);
        assertThat(recorder.stepMs()).isEqualTo(2_000);
    }

    @Test
    void nothingIsRecordedBeforeTheFirstPrice() {
        MarketState market = new MarketState(instruments, 10_000, 10, 10, TWO_TIERS);
        HeatmapRecorder recorder = new HeatmapRecorder(market.get(btc.id()), 1_000);

        recorder.onTime(T0);

        assertThat(recorder.snapshots()).isEmpty();
    }

    @Test
    void heatmapPngShowsClustersAndThePriceLine() throws IOException {
        double[] longs = new double[20];
        double[] shorts = new double[20];
        longs[0] = 750_000;   // 90 000 – 91 000
        shorts[19] = 750_000; // 109 000 – 110 000
        HeatmapSnapshot snap = new HeatmapSnapshot(T0, 100_000, 90_000, 110_000, longs, shorts);
        HeatmapSnapshot next = new HeatmapSnapshot(T0 + 60_000, 100_000, 90_000, 110_000, longs, shorts);

        byte[] png = HeatmapChart.render("BTCUSDT", List.of(snap, next));

        assertThat(png).startsWith(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getHeight()).isEqualTo(520);
        int x = (HeatmapChart.xOf(0, 2) + HeatmapChart.xOf(1, 2)) / 2;
        Color brightest = HeatScale.color(1);
        assertThat(image.getRGB(x, HeatmapChart.yOf(90_500, 90_000, 110_000))).isEqualTo(brightest.getRGB());
        assertThat(image.getRGB(x, HeatmapChart.yOf(109_500, 90_000, 110_000))).isEqualTo(brightest.getRGB());
        assertThat(image.getRGB(x, HeatmapChart.yOf(95_500, 90_000, 110_000))).isEqualTo(HeatScale.EMPTY.getRGB());
        assertThat(image.getRGB(x, HeatmapChart.yOf(100_000, 90_000, 110_000))).isEqualTo(Color.WHITE.getRGB());
    }

    @Test
    void emptyRunStillRendersAFrame() throws IOException {
        byte[] png = HeatmapChart.render("BTCUSDT", List.of());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getRGB(HeatmapChart.LEFT + 400, HeatmapChart.TOP + 300)).isEqualTo(HeatScale.EMPTY.getRGB());
    }

    @Test
    void colourScaleRunsFromNearBlackToPaleYellowWithSquareRootContrast() {
        HeatScale scale = HeatScale.of(List.of(new HeatmapSnapshot(T0, 100, 90, 110, new double[] {400, 0},
                new double[] {0, 100})));

        assertThat(scale.top()).isEqualTo(400); // nearest-rank 99th percentile of {100, 400}
        assertThat(scale.of(400)).isEqualTo(new Color(252, 255, 164));
        assertThat(scale.of(100)).isEqualTo(new Color(188, 55, 84)); // √(100/400) = 0.5: the middle anchor
        assertThat(scale.of(0)).isEqualTo(HeatScale.EMPTY);
        assertThat(HeatScale.EMPTY).isEqualTo(new Color(0, 0, 4));
    }

    @Test
    void colourScaleTopIgnoresTheLargestPercent() {
        double[] cells = new double[1000];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = i + 1;
        }
        HeatScale scale = HeatScale.of(List.of(new HeatmapSnapshot(T0, 100, 90, 110, cells, new double[1000])));

        assertThat(scale.top()).isEqualTo(990);
        assertThat(HeatScale.usdLabel(1_234_567)).isEqualTo("$1.2M");
        assertThat(HeatScale.usdLabel(350_000)).isEqualTo("$350k");
    }

    @Test
    void replayOfASourceIsTheHeatmapCommandInOneLine(@TempDir Path dir) throws IOException {
        long px = btc.priceUnits(100_000);
        MarketEvent[] bars = new MarketEvent[3];
        for (int i = 0; i < 3; i++) {
            bars[i] = new MarketEvent().bar(btc.id(), T0 + i * 3_600_000L, T0 + (i + 1) * 3_600_000L, px, px, px, px);
            bars[i].openInterest = Fixed.fromDouble(i == 0 ? 1_000 : 1_020, MarketEvent.OI_SCALE);
        }
        Path png = dir.resolve("heatmap.png");

        HeatmapRecorder recorder = HeatmapRecorder.replay(EventTape.of("bars", 0, bars), instruments, "BTCUSDT",
                TWO_TIERS, 3_600_000L);
        recorder.render(png);

        assertThat(recorder.snapshots()).hasSize(3);
        assertThat(recorder.snapshots().get(2).longUsd()).contains(750_000.0);
        assertThat(Files.readAllBytes(png)).startsWith(PNG_SIGNATURE);
        assertThatThrownBy(() -> HeatmapRecorder.replay(EventTape.of("bars", 0, bars), instruments, "ETHUSDT",
                TWO_TIERS, 3_600_000L)).hasMessage("no events of ETHUSDT in bars");
    }

    private SymbolState mapAfterOneRise() {
        MarketState market = new MarketState(instruments, 10_000, 10, 10, TWO_TIERS);
        market.onEvent(e.trade(btc.id(), T0, Side.BUY, btc.priceUnits(100_000), btc.qtyUnits(0.01)));
        market.onEvent(e.openInterest(btc.id(), T0 + 1, Fixed.fromDouble(1_000, MarketEvent.OI_SCALE)));
        market.onEvent(e.openInterest(btc.id(), T0 + 2, Fixed.fromDouble(1_020, MarketEvent.OI_SCALE)));
        return market.get(btc.id());
    }
}
