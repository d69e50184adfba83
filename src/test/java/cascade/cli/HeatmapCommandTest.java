package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.feed.recording.RecordingWriter;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeatmapCommandTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @Test
    void writesAPngOfTheShippedBars() throws IOException {
        Path png = dir.resolve("heat.png");

        int code = CascadeCli.execute("heatmap", "--data", "backtests/data/BTCUSDT-4h-2024-11-13_2025-11-14.csv",
                "--every", "1d", "--out", png.toString());

        assertThat(code).isZero();
        assertThat(Arrays.copyOf(Files.readAllBytes(png), 8)).isEqualTo(PNG);
    }

    @Test
    void unknownSymbolIsAClearError() {
        int code = CascadeCli.execute("heatmap", "--data", "backtests/data/BTCUSDT-4h-2024-11-13_2025-11-14.csv",
                "--symbol", "ETHUSDT", "--out", dir.resolve("x.png").toString());

        assertThat(code).isEqualTo(CascadeCli.EXIT_BAD_INPUT);
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void dataWithoutOpenInterestIsNothingToDrawAndFails() throws IOException {
        Path data = dir.resolve("trades.casc");
        Instruments instruments = new Instruments();
        int btc = instruments.register("binance", "BTCUSDT", 1, 3).id();
        MarketEvent e = new MarketEvent();
        try (RecordingWriter w = new RecordingWriter(data, instruments, "test", 0)) {
            for (int i = 0; i < 100; i++) {
                w.write(e.trade(btc, i * 60_000L, Side.BUY, 1_000_000 + i, 1_000));
            }
        }
        Path png = dir.resolve("empty.png");

        String err = stderrOf(() -> assertThat(CascadeCli.execute("heatmap", "--data", data.toString(), "--out",
                png.toString())).isEqualTo(CascadeCli.EXIT_BAD_INPUT));

        assertThat(err).contains("nothing to draw: no open interest for BTCUSDT");
        assertThat(png).doesNotExist();
    }

    @Test
    void scorePrintsTheCaptureTableOfEachSimulatedRecording() throws IOException {
        Path a = dir.resolve("a.casc");
        Path b = dir.resolve("b.casc");
        for (String[] run : new String[][] {{"3", a.toString()}, {"4", b.toString()}}) {
            assertThat(CascadeCli.execute("simulate", "--symbols", "1", "--duration", "3h", "--seed", run[0],
                    "--out", run[1])).isZero();
        }

        String out = stdoutOf(() -> assertThat(CascadeCli.execute("heatmap", "--score", "--warm-up", "1h",
                "--data", a.toString(), b.toString())).isZero());

        assertThat(out).contains("a.casc: ").contains("b.casc: ").contains("Across 2 recordings")
                .contains("  within ±1 %    5 ").contains("estimate − band, within ±1 %, k = 5:");
        assertThat(out.lines().filter(l -> l.startsWith("  within ±1 %    5 ")).count()).isEqualTo(3);
    }

    @Test
    void scoreRefusesBarFiles() {
        String err = stderrOf(() -> assertThat(CascadeCli.execute("heatmap", "--score", "--data",
                "backtests/data/BTCUSDT-4h-2024-11-13_2025-11-14.csv")).isEqualTo(CascadeCli.EXIT_BAD_INPUT));

        assertThat(err).contains("--score reads .casc recordings");
    }

    private static String stdoutOf(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
