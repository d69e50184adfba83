package cascade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cascade.feed.recording.RecordingWriter;
import cascade.map.LeverageTiers;
import cascade.map.MapConfig;
import cascade.map.OiUnit;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapScoringTest {
    /** 10× (weight 3) and 25× (weight 1), mmr 0.4 %, 0.1 % buckets, even split, no spread, churn or ageing. */
    private static final MapConfig TWO_TIERS = new MapConfig(new LeverageTiers(new double[] {10, 25},
            new double[] {3, 1}, 0.004), 0.001, OiUnit.COINS, 0, 0, 0, 0, 0);
    private static final double EPS = 1e-12;

    @TempDir
    Path dir;

    /**
     * One OI rise of 20 BTC at 100 000: longs 750 000 at 90 400 and 250 000 at 96 400, shorts 250 000 at
     * 103 600 and 750 000 at 109 600. The hour from 3 600 000 ms liquidates 1 BTC at 96 400, 2 at 100 100 and
     * 1 at 105 000: 401 600 USD. Top 3 anywhere: 90 400, 109 600 (750 000) and 96 400 (tied with 103 600, the
     * lower price first), 300 wide, so the band is 99 850 … 100 150; top 5 and 10: the four levels, band
     * 99 800 … 100 200. Nothing lies within ±1 % or ±2 %: no ranges, a band of width 0.
     */
    @Test
    void scoresTheEstimateAndTheBandOfAHandBuiltTape() throws IOException {
        Path file = dir.resolve("tape.casc");
        Instruments instruments = new Instruments();
        int btc = instruments.register("binance", "BTCUSDT", 0, 3).id();
        MarketEvent e = new MarketEvent();
        try (RecordingWriter w = new RecordingWriter(file, instruments, "hand-built", 0)) {
            w.write(e.trade(btc, 0, Side.BUY, 100_000, 1_000));
            w.write(e.openInterest(btc, 0, 1_000 * MarketEvent.OI_SCALE));
            w.write(e.openInterest(btc, 1_000, 1_020 * MarketEvent.OI_SCALE));
            w.write(e.trade(btc, 3_600_000, Side.BUY, 100_000, 1_000));
            w.write(e.liquidation(btc, 3_700_000, Side.SELL, 96_400, 1_000));
            w.write(e.liquidation(btc, 3_800_000, Side.BUY, 100_100, 2_000));
            w.write(e.liquidation(btc, 3_900_000, Side.BUY, 105_000, 1_000));
            w.write(e.trade(btc, 7_200_000, Side.BUY, 100_000, 1_000));
            w.write(e.trade(btc, 10_800_000, Side.BUY, 100_000, 1_000));
        }

        MapScoring.Result r = MapScoring.recording(file, TWO_TIERS, 3_600_000);

        double total = 401_600;
        assertThat(r.symbolHours()).isEqualTo(1); // the second hour liquidated nothing
        assertThat(r.liquidatedUsd()).isCloseTo(total, within(1e-6));
        MapScoring.Cell any3 = r.cell(Double.POSITIVE_INFINITY, 3);
        assertThat(any3.estimate()).isCloseTo(96_400 / total, within(EPS));
        assertThat(any3.band()).isCloseTo(200_200 / total, within(EPS));
        assertThat(any3.truth()).isNaN();
        assertThat(any3.width()).isCloseTo(0.003, within(EPS));
        for (int k : new int[] {5, 10}) {
            assertThat(r.cell(Double.POSITIVE_INFINITY, k).estimate()).isCloseTo(96_400 / total, within(EPS));
            assertThat(r.cell(Double.POSITIVE_INFINITY, k).band()).isCloseTo(200_200 / total, within(EPS));
            assertThat(r.cell(Double.POSITIVE_INFINITY, k).width()).isCloseTo(0.004, within(EPS));
        }
        assertThat(r.cell(0.01, 5).estimate()).isZero();
        assertThat(r.cell(0.01, 5).band()).isZero();
        assertThat(r.cell(0.02, 10).width()).isZero();
        assertThat(MapScoreTable.format(java.util.List.of(r))).contains("tape.casc: 1 symbol-hours, 401,600 USD")
                .contains("  anywhere       3    24.0 %    49.9 %         -         0.30 %");
    }

    @Test
    void aSimulatorRecordingScoresAsTheSimulationItself() throws IOException {
        long seed = 11;
        SimConfig config = SimConfig.defaults(seed).withSymbolCount(1).withDuration(3 * SimConfig.HOUR_MS);
        Path file = dir.resolve("sim.casc");
        Instruments instruments = new Instruments();
        SimulatedMarket market = new SimulatedMarket(config, instruments);
        MarketEvent e = new MarketEvent();
        try (RecordingWriter w = new RecordingWriter(file, instruments, "cascade simulate seed " + seed,
                config.startMs())) {
            while (market.next(e)) {
                w.write(e);
            }
        }
        System.out.println("seed " + seed);

        MapScoring.Result direct = MapScoring.simulate(config, MapConfig.ESTIMATE, SimConfig.HOUR_MS);
        MapScoring.Result replayed = MapScoring.recording(file, MapConfig.ESTIMATE, SimConfig.HOUR_MS);

        assertThat(direct.symbolHours()).isEqualTo(2); // hours 2 and 3 (the first is the warm-up)
        assertThat(replayed.symbolHours()).isEqualTo(direct.symbolHours());
        assertThat(replayed.liquidatedUsd()).isEqualTo(direct.liquidatedUsd());
        assertThat(replayed.cells()).isEqualTo(direct.cells());
        for (MapScoring.Cell c : direct.cells()) {
            assertThat(c.truth()).isBetween(0.0, 1.0);
            assertThat(c.estimate()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aRecordingThatIsNotTheSimulationItsHeaderNamesIsRefused() throws IOException {
        SimConfig config = SimConfig.defaults(11).withSymbolCount(1).withDuration(SimConfig.HOUR_MS);
        Path file = dir.resolve("forged.casc");
        Instruments instruments = new Instruments();
        SimulatedMarket market = new SimulatedMarket(config, instruments);
        MarketEvent e = new MarketEvent();
        try (RecordingWriter w = new RecordingWriter(file, instruments, "cascade simulate seed 12",
                config.startMs())) {
            while (market.next(e)) {
                w.write(e);
            }
        }

        assertThatThrownBy(() -> MapScoring.recording(file, MapConfig.ESTIMATE, SimConfig.HOUR_MS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("forged.casc: the recording differs from the simulation its header names");
    }
}
