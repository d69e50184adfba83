package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalsCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesOneRowPerCardAndWindowForEveryBarCycle() throws IOException {
        Path csv = dir.resolve("signals.csv");

        int code = CascadeCli.execute("signals", "--data", "backtests/data/BTCUSDT-4h-2024-11-13_2025-11-14.csv",
                "--to", "2024-11-15", "--out", csv.toString());

        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(csv);
        // bars closing 2024-11-14 00:00 … 2024-11-14 20:00 and 2024-11-15 00:00 is excluded (--to): 6 cycles
        // × 2 cards × 1 window
        assertThat(lines).hasSize(1 + 12);
        assertThat(lines.get(0)).isEqualTo("time,symbol,mode,card,window,score,strength,confidence,value,note");
        // first bar: long 21 069 771.36, short 2 661 796.31 → ratio 0.887837, score 1 − 2·ratio
        assertThat(lines.get(1)).isEqualTo("1731542400000,BTCUSDT,bar,imbalance,1bar,-0.775675,0.775675,1,0.887837,");
        assertThat(lines.get(2))
                .isEqualTo("1731542400000,BTCUSDT,bar,capitulation,1bar,0,0,0,,warming up: baseline not covered");
    }
}
