package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
}
