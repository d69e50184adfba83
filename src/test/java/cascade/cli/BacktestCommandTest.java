package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backtest command as a user runs it: exit codes, messages, files written. */
class BacktestCommandTest {
    private static final Path BARS = Path.of("backtests/data/BTCUSDT-4h-2024-11-13_2025-11-14.csv");
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

    /** The first {@code bars} bars of the shipped file, with one field of line {@code badLine} replaced. */
    private Path barsWith(int bars, int badLine, int field, String value) throws IOException {
        List<String> lines = Files.readAllLines(BARS).subList(0, bars + 1);
        String[] f = lines.get(badLine - 1).split(",", -1);
        f[field] = value;
        lines.set(badLine - 1, String.join(",", f));
        Path file = dir.resolve("BTCUSDT-4h-test.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void defaultBacktestWritesTheReportAndPrintsTheSummary() {
        int code = CascadeCli.execute("backtest", "--no-store", "--out", dir.toString());

        assertThat(code).isZero();
        assertThat(dir.resolve("report.html")).exists();
        assertThat(dir.resolve("trades.csv")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Strategy : capitulation-4h", "buy & hold");
    }

    @Test
    void malformedLineStopsWithFileLineAndField() throws IOException {
        Path bad = barsWith(40, 8, 3, "NaN");

        int code = CascadeCli.execute("backtest", "--no-store", "--data", bad.toString(), "--out", dir.toString());

        assertThat(code).isEqualTo(CascadeCli.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("error: BTCUSDT-4h-test.csv:8: field 'low': not a finite number: 'NaN'");
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void skipBadLinesCountsThemInTheReport() throws IOException {
        Path bad = barsWith(40, 8, 1, "-5");

        int code = CascadeCli.execute("backtest", "--no-store", "--skip-bad-lines", "--data", bad.toString(),
                "--out", dir.toString());

        assertThat(code).isZero();
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("(39 read, 1 skipped)", "1 malformed input lines were skipped",
                "input.skipped_lines: 1");
    }

    @Test
    void missingDataFileIsAClearError() {
        int code = CascadeCli.execute("backtest", "--no-store", "--data", dir.resolve("none.csv").toString());

        assertThat(code).isEqualTo(CascadeCli.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("error: file not found: " + dir.resolve("none.csv"));
    }

    @Test
    void badStrategyNamesTheKey() throws IOException {
        Path strategy = dir.resolve("s.yml");
        Files.writeString(strategy, Files.readString(Path.of("strategies/capitulation-4h.yml"))
                .replace("riskPerTrade: 0.01", "riskPerTrade: 2"));

        int code = CascadeCli.execute("backtest", "--no-store", "--strategy", strategy.toString());

        assertThat(code).isEqualTo(CascadeCli.EXIT_BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("error: " + strategy + ": risk.riskPerTrade: must be in [0.0001, 0.2], was 2");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(CascadeCli.execute("backtest", "--frobnicate")).isEqualTo(2);
    }

    @Test
    void eachRunWritesADatedLogBesideTheReport() throws IOException {
        Path bars = barsWith(40, 8, 1, Files.readAllLines(BARS).get(7).split(",")[1]);

        int code = CascadeCli.execute("backtest", "--no-store", "--data", bars.toString(), "--out", dir.toString());

        assertThat(code).isZero();
        List<String> log = Files.readAllLines(dir.resolve("run.log"));
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  BacktestCommand - backtest "
                + ".*default\\.yml: strategy .*capitulation-4h\\.yml, data \\[" + java.util.regex.Pattern.quote(bars.toString())
                + "\\], period start of data to end of data");
        assertThat(log.get(1)).endsWith("Z INFO  BacktestCommand - Data from --data; balance, venue costs and period"
                + " from the spec backtests/default.yml.");
        assertThat(log.get(2)).matches(".*Z INFO  BacktestCommand - run unsaved finished in \\d+\\.\\d s: \\d+ trades,"
                + " report in " + java.util.regex.Pattern.quote(dir.toString()));
    }

    @Test
    void quietPrintsOnlyWhereTheReportIs() throws IOException {
        Path bars = barsWith(40, 8, 1, Files.readAllLines(BARS).get(7).split(",")[1]);

        int code = CascadeCli.execute("backtest", "--no-store", "--quiet", "--data", bars.toString(), "--out",
                dir.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("Report: " + java.util.regex.Pattern.quote(
                dir.resolve("report.html").toString()) + "\nTrades: .*\nLog: .*run\\.log\nTook \\d+\\.\\d s\n");
        assertThat(CascadeCli.execute("backtest", "--quiet", "--verbose")).isEqualTo(CascadeCli.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: --quiet and --verbose exclude each other\n");
    }
}
