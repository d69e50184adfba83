package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    private byte[] simulate(String name, String seed) throws IOException {
        Path out = dir.resolve(name);
        int code = CascadeCli.execute("simulate", "--symbols", "2", "--duration", "20m", "--seed", seed, "--out",
                out.toString());
        assertThat(code).isZero();
        return Files.readAllBytes(out);
    }

    @Test
    void sameSeedWritesTheSameRecordingByteForByte() throws IOException {
        byte[] a = simulate("a.casc", "7");
        byte[] b = simulate("b.casc", "7");
        byte[] c = simulate("c.casc", "8");

        assertThat(a.length).isGreaterThan(100_000);
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void theRecordingReplaysThroughTheIntradayModes() throws IOException {
        simulate("day.casc", "7");
        Path out = dir.resolve("report");

        int code = CascadeCli.execute("backtest", "--no-store", "--data", dir.resolve("day.casc").toString(),
                "--strategy", "strategies/liquidation-intraday.yml", "--out", out.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(out.resolve("summary.txt"))).contains("Strategy : liquidation-intraday",
                "decisions.scalp.", "decisions.day.", "decisions.swing.");
    }

    @Test
    void badSymbolCountIsAClearError() {
        assertThat(CascadeCli.execute("simulate", "--symbols", "22", "--out", dir.resolve("x.casc").toString()))
                .isEqualTo(CascadeCli.EXIT_USAGE);
        assertThat(dir.resolve("x.casc")).doesNotExist();
    }
}
