package cascade.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.model.Decision;
import cascade.model.ReadingRecord;
import cascade.model.RunObserver;
import cascade.feed.BadLinePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year of BTCUSDT bars mirrored — long and short liquidations swapped, funding negated, OI and price
 * kept — must negate every reading of every card that reads liquidations, OI and funding, bar by bar.
 */
class MirrorSymmetryTest {
    private static final Path BARS = Path.of("backtests/data/BTCUSDT-4h-2024-11-13_2025-11-14.csv");
    private static final String PROFILE = """
            name: mirror
            modes:
              - name: bar
                cycle: bar
                windows: [1bar, 3bar]
                cards:
                  imbalance: {weight: 1}
                  capitulation: {weight: 1, baselineWindows: 30}
                  flip: {weight: 1}
                  oi-change: {weight: 1}
                  funding: {weight: 1}
                exit: {stop: 0.05, target: 0.1, maxHold: 6bar}
            """;

    @TempDir
    Path dir;

    private List<ReadingRecord> readings(Path data, Path strategy) throws IOException {
        List<ReadingRecord> out = new ArrayList<>();
        RunObserver collect = new RunObserver() {
            @Override
            public void onDecision(Decision d) {
                out.addAll(d.readings());
            }
        };
        BacktestRunner.run(BacktestSpec.adHoc("mirror", List.of(data), strategy, Long.MIN_VALUE, Long.MAX_VALUE),
                new BacktestRunner.Options(BadLinePolicy.FAIL, null, null, "test", collect));
        return out;
    }

    @Test
    void mirroringLongsAndShortsNegatesEveryScore() throws IOException {
        List<String> lines = Files.readAllLines(BARS);
        List<String> mirrored = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String longUsd = f[6];
            f[6] = f[7];
            f[7] = longUsd;
            f[9] = f[9].isEmpty() ? "" : f[9].startsWith("-") ? f[9].substring(1) : "-" + f[9];
            mirrored.add(String.join(",", f));
        }
        Path mirror = dir.resolve("BTCUSDT-4h-mirror.csv");
        Files.write(mirror, mirrored);
        Path strategy = dir.resolve("mirror.yml");
        Files.writeString(strategy, PROFILE);

        List<ReadingRecord> a = readings(BARS, strategy);
        List<ReadingRecord> b = readings(mirror, strategy);

        assertThat(b).hasSameSizeAs(a).hasSize(2195 * 5 * 2);
        int nonZero = 0;
        for (int i = 0; i < a.size(); i++) {
            ReadingRecord x = a.get(i);
            ReadingRecord y = b.get(i);
            assertThat(y.card()).isEqualTo(x.card());
            assertThat(y.confidence()).as("%s %s #%d", x.card(), x.window(), i)
                    .isCloseTo(x.confidence(), within(1e-12));
            assertThat(y.score()).as("%s %s #%d", x.card(), x.window(), i).isCloseTo(-x.score(), within(1e-12));
            if (x.score() != 0) {
                nonZero++;
            }
        }
        assertThat(nonZero).isGreaterThan(5_000);
    }
}
