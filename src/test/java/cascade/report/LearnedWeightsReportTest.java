package cascade.report;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.learn.CardStats;
import cascade.learn.WeightChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedWeightsReportTest {
    @Test
    void writesTheChartAndOneRowPerCard(@TempDir Path dir) throws Exception {
        List<WeightChange> history = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            history.add(new WeightChange(i * 3_600_000L, "BTCUSDT", "bar", 30 + i, new double[] {1 - i * 0.05,
                i * 0.05}));
        }
        List<CardStats> stats = List.of(
                new CardStats("BTCUSDT", "bar", "capitulation", 1, 0.55, 39, 38.2, 0.12, 0.74),
                new CardStats("BTCUSDT", "bar", "flip<x>", 0, 0.45, 39, 38.2, -0.03, -0.18));
        Path html = LearnedWeightsReport.write(dir, history, stats);
        String text = Files.readString(html);
        assertThat(dir.resolve("weights.png")).isNotEmptyFile();
        assertThat(text).contains("<img src=\"weights.png\"").contains("10 weight changes")
                .contains("<td class=l>capitulation</td><td>1.000</td><td>0.550</td><td>39</td><td>0.120</td>"
                        + "<td>0.74</td>")
                .contains("flip&lt;x&gt;");
    }

    @Test
    void noChangesNoChart(@TempDir Path dir) throws Exception {
        Path html = LearnedWeightsReport.write(dir, List.of(),
                List.of(new CardStats("BTCUSDT", "bar", "capitulation", 1, 1, 5, 5, 0, 0)));
        assertThat(dir.resolve("weights.png")).doesNotExist();
        assertThat(Files.readString(html)).contains("0 weight changes").doesNotContain("<img");
    }
}
