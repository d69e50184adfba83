package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.run.SweepGrid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cascade sweep} on the development year: each variant's figures equal the same backtest run alone. */
class SweepCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** The strategy's total return, Sharpe and trades of the profile run alone over one period. */
    private List<String> alone(Path profile, String periodOption, String time) throws IOException {
        Path report = dir.resolve("alone-" + profile.getFileName() + periodOption);
        assertThat(CascadeCli.execute("backtest", "--no-store", "--quiet", "--strategy", profile.toString(),
                periodOption, time, "--out", report.toString())).isZero();
        String summary = Files.readString(report.resolve("summary.txt"));
        return List.of(field(summary, "Total return +\\| +(\\S+) \\|"),
                field(summary, "Sharpe \\(annualised\\) +\\| +(\\S+) \\|"),
                field(summary, "(?m)^Trades +\\| +(\\S+) \\|"));
    }

    private static String field(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    @Test
    void eachVariantMatchesTheSameBacktestRunAlone() throws IOException {
        Path results = dir.resolve("sweep");

        int code = CascadeCli.execute("sweep", "backtests/default.yml", "--set", "capitulation.volumeMultiple=2,5",
                "--set", "exit.stop=0.04", "--split", "2025-08-14", "--threads", "2", "--no-store", "--out",
                results.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> csv = Files.readAllLines(results.resolve("sweep.csv"));
        assertThat(csv.get(0)).isEqualTo("rank,variant,capitulation.volumeMultiple,exit.stop,tuning return,"
                + "tuning Sharpe,tuning max DD,tuning trades,held-out return,held-out Sharpe,held-out max DD,"
                + "held-out trades,Sharpe gap");
        assertThat(csv).hasSize(3);
        for (String line : csv.subList(1, 3)) {
            String[] f = line.split(",");
            Path profile = results.resolve("variant-" + f[1] + ".yml");
            assertThat(Files.readString(profile)).contains("volumeMultiple: " + f[2], "stop: 0.04");
            assertThat(alone(profile, "--to", "2025-08-14")).containsExactly(f[4], f[5], f[7]);
            assertThat(alone(profile, "--from", "2025-08-14")).containsExactly(f[8], f[9], f[11]);
            assertThat(Double.parseDouble(f[12])).isEqualTo(
                    Math.round((Double.parseDouble(f[5]) - Double.parseDouble(f[9])) * 100) / 100.0,
                    org.assertj.core.api.Assertions.within(0.011));
        }
        // ranked on the held-out Sharpe, best first
        assertThat(Double.parseDouble(csv.get(1).split(",")[9]))
                .isGreaterThanOrEqualTo(Double.parseDouble(csv.get(2).split(",")[9]));
        assertThat(Files.readString(results.resolve("sweep.html"))).contains("<th>held-out Sharpe</th>",
                "Tuning period: start of data to 2025-08-14 00:00; held-out period: 2025-08-14 00:00 to end of data.");
    }

    @Test
    void anUnknownSettingNamesTheKey() {
        int code = CascadeCli.execute("sweep", "backtests/default.yml", "--set", "capitulation.volumeMultipel=2,3",
                "--no-store", "--out", dir.resolve("s").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("error: --set capitulation.volumeMultipel: "
                + Path.of("strategies/capitulation-4h.yml").toAbsolutePath() + " has no such setting (use risk.X,"
                + " CARD.X, a mode setting such as exit.stop or entryThreshold, or MODE.…)\n");
        assertThat(CascadeCli.execute("sweep", "backtests/default.yml", "--set", "exit.stop", "--no-store"))
                .isEqualTo(2);
        assertThat(CascadeCli.execute("sweep", "backtests/capitulation-tuning.yml", "--set", "exit.stop=0.04",
                "--split", "2025-09-01", "--no-store")).isEqualTo(2);
    }

    @Test
    void variantsAreEveryCombinationFirstAxisSlowest() throws IOException {
        List<SweepGrid.Variant> v = SweepGrid.variants(List.of(SweepGrid.axis("a.x=1,2"), SweepGrid.axis("b=x,y,z")));

        assertThat(v).extracting(SweepGrid.Variant::label).containsExactly("a.x=1 b=x", "a.x=1 b=y", "a.x=1 b=z",
                "a.x=2 b=x", "a.x=2 b=y", "a.x=2 b=z");
        String yaml = SweepGrid.apply("p.yml", "modes:\n  - name: m\n    entryThreshold: 0.5\n    cards:\n"
                + "      capitulation:\n        volumeMultiple: 3.0\n    exit:\n      maxHold: 6bar\nrisk:\n"
                + "  leverage: 3\n", new SweepGrid.Variant(1, Map.of("capitulation.volumeMultiple", "5",
                        "m.exit.maxHold", "12bar", "risk.leverage", "2", "entryThreshold", "0.25")));
        assertThat(yaml).isEqualTo("modes:\n- name: m\n  entryThreshold: 0.25\n  cards:\n    capitulation:\n"
                + "      volumeMultiple: 5\n  exit:\n    maxHold: 12bar\nrisk:\n  leverage: 2\n");
    }
}
