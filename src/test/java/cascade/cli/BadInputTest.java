package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.report.ReportFormat;
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

/** Every input that used to give a nonsense report with exit code 0: one clear error and a non-zero exit. */
class BadInputTest {
    private static final Path BARS = Path.of("backtests/data/BTCUSDT-4h-2024-11-13_2025-11-14.csv");
    private static final Path FORCE_ORDERS = Path.of("src/test/resources/cascade/feed/csv/binance-forceorder-small.csv");
    private static final long FOUR_HOURS = 4 * 3_600_000L;
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

    private String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The header and the first {@code bars} bars of the shipped file. */
    private Path firstBars(int bars) throws IOException {
        Path file = dir.resolve("BTCUSDT-4h-first.csv");
        Files.write(file, Files.readAllLines(BARS).subList(0, bars + 1));
        return file;
    }

    /** A bar's close time (its event time): open_time_ms of data line {@code bar} (1-based) + 4 h. */
    private static long closeOfBar(Path file, int bar) throws IOException {
        return Long.parseLong(Files.readAllLines(file).get(bar).split(",")[0]) + FOUR_HOURS;
    }

    private int backtest(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "backtest";
        all[1] = "--no-store";
        System.arraycopy(args, 0, all, 2, args.length);
        return CascadeCli.execute(all);
    }

    @Test
    void aHeaderOnlyCsvNamesTheFile() throws IOException {
        Path file = firstBars(0);

        assertThat(backtest("--data", file.toString(), "--out", dir.resolve("r").toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("error: " + file + ": a header and no bars");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void anEmptyCsvAndAnEmptyRecordingNameTheFile() throws IOException {
        Path csv = Files.createFile(dir.resolve("empty.csv"));
        Path casc = Files.createFile(dir.resolve("empty.casc"));

        assertThat(backtest("--data", csv.toString())).isEqualTo(1);
        assertThat(backtest("--data", casc.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("error: " + csv + ": the file is empty (0 bytes)\nerror: " + casc
                + ": the file is empty (0 bytes)");
    }

    @Test
    void aTextFileNamedCascIsNotReadAsCsv() throws IOException {
        Path casc = dir.resolve("text.casc");
        Files.copy(FORCE_ORDERS, casc);

        assertThat(backtest("--data", casc.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("error: text.casc:0: field 'magic': not a Cascade recording (wrong magic bytes)");
    }

    @Test
    void fromAfterTheEndOfTheDataSaysWhatTheDataCovers() throws IOException {
        Path file = firstBars(40);

        assertThat(backtest("--data", file.toString(), "--from", "2030-01-01")).isEqualTo(1);
        assertThat(err()).isEqualTo("error: the period starts at 2030-01-01 00:00:00 UTC, after the end of the data:"
                + " the data covers " + ReportFormat.utc(closeOfBar(file, 1)) + " to "
                + ReportFormat.utc(closeOfBar(file, 40))
                + " (bars binance:BTCUSDT 240m from BTCUSDT-4h-first.csv (40 read, 0 skipped))");
    }

    @Test
    void toBeforeTheStartOfTheDataSaysWhereTheDataStarts() throws IOException {
        Path file = firstBars(40);

        assertThat(backtest("--data", file.toString(), "--to", "2020-01-01")).isEqualTo(1);
        assertThat(err()).isEqualTo("error: the period ends at 2020-01-01 00:00:00 UTC, before the data starts:"
                + " the data starts at " + ReportFormat.utc(closeOfBar(file, 1))
                + " (bars binance:BTCUSDT 240m from BTCUSDT-4h-first.csv (1 read, 0 skipped))");
    }

    @Test
    void forcedOrdersWithABarStrategyIsAnError() {
        assertThat(backtest("--data", FORCE_ORDERS.toString(), "--strategy", "strategies/capitulation-4h.yml"))
                .isEqualTo(1);
        assertThat(err()).isEqualTo("error: mode 'bar' of strategy 'capitulation-4h' decides at bar closes, but the"
                + " data has no bars (event-level data needs timed modes)");
    }

    @Test
    void eventDataWithoutStrategyGetsTheIntradayProfileAndSaysSo() throws IOException {
        Path casc = dir.resolve("day.casc");
        assertThat(CascadeCli.execute("simulate", "--symbols", "2", "--duration", "2h", "--seed", "7", "--out",
                casc.toString())).isZero();

        assertThat(backtest("--data", casc.toString(), "--out", dir.resolve("r").toString())).isZero();
        List<String> traded = Files.readAllLines(dir.resolve("r/trades.csv")).stream().skip(1)
                .map(line -> line.split(",")[0]).distinct().sorted().toList();
        assertThat(traded).containsExactly("BTCUSDT", "ETHUSDT");
        // two simulated symbols, both traded: buy-and-hold is their basket, each gets a price chart
        assertThat(out()).contains("- Buy-and-hold is an equal-weight basket of the 2 traded symbols (BTCUSDT,"
                + " ETHUSDT) from the first sample, without fees or funding.\n");
        assertThat(dir.resolve("r/price-ETHUSDT.png")).isRegularFile();
        assertThat(dir.resolve("r/price-BTCUSDT.png")).doesNotExist();
        assertThat(out()).contains("Strategy : liquidation-intraday (strategies/liquidation-intraday.yml)\n",
                "Costs    : maker 0.020%, taker 0.050%, slippage 2 bps, latency 0s, maintenance margin 0.40%,"
                        + " funding every 8h\n",
                "Balance  : 10,000.00 USD → ",
                "- Strategy strategies/liquidation-intraday.yml chosen for event-level data: the spec's"
                        + " capitulation-4h.yml does not decide on it (--strategy to choose another). Data from"
                        + " --data; balance, venue costs and period from the spec backtests/default.yml.\n");
    }

    @Test
    void commandLineMistakesExitWith2() {
        assertThat(backtest("--from", "2025-03-01", "--to", "2025-02-01")).isEqualTo(CascadeCli.EXIT_USAGE);
        assertThat(backtest("--from", "yesterday")).isEqualTo(CascadeCli.EXIT_USAGE);
        assertThat(CascadeCli.execute("signals", "--data", BARS.toString(), "--from", "2026-01-01", "--to",
                "2025-01-01")).isEqualTo(CascadeCli.EXIT_USAGE);
        assertThat(CascadeCli.execute("simulate", "--duration", "soon", "--out", dir.resolve("x.casc").toString()))
                .isEqualTo(CascadeCli.EXIT_USAGE);
        assertThat(err()).isEqualTo(String.join("\n", "error: --to must be after --from",
                "error: --from: 'yesterday' is not a time (use 2025-01-31, 2025-01-31T08:00:00Z or epoch milliseconds)",
                "error: --to must be after --from",
                "error: --duration: 'soon' is not a span (use 250ms, 30s, 5m, 1h, 1d or 3bar)"));
        assertThat(dir.resolve("x.casc")).doesNotExist();
    }

    @Test
    void theJournalNeverOverwritesAnInput() throws IOException {
        Path file = firstBars(40);
        byte[] before = Files.readAllBytes(file);

        assertThat(backtest("--data", file.toString(), "--journal", file.toString(), "--force"))
                .isEqualTo(CascadeCli.EXIT_USAGE);
        assertThat(err()).isEqualTo("error: --journal " + file + " is an input of this run: refusing to overwrite it");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anExistingJournalNeedsForce() throws IOException {
        Path file = firstBars(40);
        Path journal = Files.writeString(dir.resolve("j.casc"), "keep me");

        assertThat(backtest("--data", file.toString(), "--journal", journal.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("error: --journal " + journal + " already exists: pass --force to overwrite it");
        assertThat(Files.readString(journal)).isEqualTo("keep me");

        assertThat(backtest("--data", file.toString(), "--journal", journal.toString(), "--force", "--out",
                dir.resolve("r").toString())).isZero();
        assertThat(Files.readAllBytes(journal)).startsWith(0x89, 'C', 'A', 'S', 'C');
    }

    @Test
    void anExistingReportNeedsForce() throws IOException {
        Path file = firstBars(40);
        Path report = dir.resolve("r");
        assertThat(backtest("--data", file.toString(), "--out", report.toString())).isZero();
        Files.writeString(report.resolve("summary.txt"), "old");

        assertThat(backtest("--data", file.toString(), "--out", report.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("error: --out " + report + " already holds report.html: pass --force to"
                + " overwrite it");
        assertThat(Files.readString(report.resolve("summary.txt"))).isEqualTo("old");
        assertThat(backtest("--data", file.toString(), "--out", report.toString(), "--force")).isZero();
        assertThat(Files.readString(report.resolve("summary.txt"))).startsWith("Cascade backtest\n");
    }

    @Test
    void simulateAndSignalsKeepExistingFilesWithoutForce() throws IOException {
        Path casc = Files.writeString(dir.resolve("sim.casc"), "keep me");
        Path csv = Files.writeString(dir.resolve("signals.csv"), "keep me");

        assertThat(CascadeCli.execute("simulate", "--symbols", "1", "--duration", "10m", "--out", casc.toString()))
                .isEqualTo(2);
        assertThat(CascadeCli.execute("signals", "--data", BARS.toString(), "--out", csv.toString())).isEqualTo(2);
        assertThat(CascadeCli.execute("signals", "--data", BARS.toString(), "--out", BARS.toString(), "--force"))
                .isEqualTo(2);
        assertThat(err()).isEqualTo(String.join("\n",
                "error: --out " + casc + " already exists: pass --force to overwrite it",
                "error: --out " + csv + " already exists: pass --force to overwrite it",
                "error: --out " + BARS + " is an input of this run: refusing to overwrite it"));
        assertThat(Files.readString(casc)).isEqualTo("keep me");
        assertThat(Files.readString(csv)).isEqualTo("keep me");

        assertThat(CascadeCli.execute("simulate", "--symbols", "1", "--duration", "10m", "--out", casc.toString(),
                "--force")).isZero();
        assertThat(Files.readAllBytes(casc)).startsWith(0x89, 'C', 'A', 'S', 'C');
    }

    @Test
    void aYamlSyntaxErrorGivesLineAndColumn() throws IOException {
        Path spec = Files.writeString(dir.resolve("bad.yml"), "name: x\ndata: [a.csv\nstrategy: s.yml\n");

        assertThat(backtest(spec.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("error: " + spec + ":3:9: not valid YAML: expected ',' or ']', but got :"
                + " (while parsing a flow sequence at line 2, column 7)");
    }

    @Test
    void unsavedRunsEachGetTheirOwnFolder() throws IOException {
        Path file = firstBars(40);
        Path spec = Files.writeString(dir.resolve("mine.yml"), "name: mine\ndata: [" + file.getFileName()
                + "]\nstrategy: " + Path.of("strategies/capitulation-4h.yml").toAbsolutePath() + "\nout: "
                + dir.resolve("runs") + "\n");

        assertThat(backtest(spec.toString())).isZero();
        assertThat(backtest(spec.toString())).isZero();
        try (var folders = Files.list(dir.resolve("runs"))) {
            List<Path> runs = folders.sorted().toList();
            assertThat(runs).hasSize(2);
            assertThat(runs).allSatisfy(r -> assertThat(r.resolve("report.html")).isRegularFile());
            assertThat(runs.get(0).getFileName().toString()).matches("mine-unsaved-\\d{8}-\\d{6}(-2)?");
        }
    }
}
