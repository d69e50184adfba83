package cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.config.StoreConfig;
import cascade.run.BacktestSpec;
import cascade.run.BacktestSpecLoader;
import cascade.store.RunDetails;
import cascade.store.RunMetrics;
import cascade.store.RunStore;
import cascade.store.StoredRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cascade runs} against a real H2 file store filled by real backtests. */
class RunsCommandTest {
    private static final Path BARS = Path.of("backtests/data/BTCUSDT-4h-2024-11-13_2025-11-14.csv");
    private static final Pattern TOTAL_RETURN = Pattern.compile("Total return +\\| +(\\S+) \\| +(\\S+)");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private StoreConfig store;
    private Path bars;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws IOException {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        store = StoreConfig.inDirectory(dir.resolve("store"));
        Path config = Files.writeString(dir.resolve("cascade.yml"), "store:\n  jdbcUrl: " + store.jdbcUrl() + "\n");
        System.setProperty("cascade.config", config.toString());
        bars = dir.resolve("BTCUSDT-4h-first.csv");
        Files.write(bars, Files.readAllLines(BARS).subList(0, 601));
    }

    @AfterEach
    void restore() {
        System.clearProperty("cascade.config");
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** Runs the command and returns what it printed (standard output), clearing the capture. */
    private String run(int expectedCode, String... args) {
        out.reset();
        err.reset();
        int code = CascadeCli.execute(args);
        assertThat(code).as("exit code of %s, stderr: %s", List.of(args), err).isEqualTo(expectedCode);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The strategy and buy-and-hold total return a backtest printed. */
    private static String[] totalReturns(String summary) {
        Matcher m = TOTAL_RETURN.matcher(summary);
        assertThat(m.find()).isTrue();
        return new String[] {m.group(1), m.group(2)};
    }

    /** Backtests the first 600 bars (optionally from a time) into a report folder; returns the printed summary. */
    private String backtest(String name, String... more) {
        List<String> args = new ArrayList<>(List.of("backtest", "--data", bars.toString(), "--out",
                dir.resolve(name).toString()));
        args.addAll(List.of(more));
        return run(0, args.toArray(String[]::new));
    }

    @Test
    void listShowCompareDeleteAndPrune() throws Exception {
        String[] whole = totalReturns(backtest("whole"));
        String[] later = totalReturns(backtest("later", "--from", "2025-01-15"));
        backtest("unsaved", "--no-store");

        String list = run(0, "runs", "list");
        List<String> lines = list.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("id +kind +started \\(UTC\\) +status +spec +strategy +data +period +return"
                + " +Sharpe +trades");
        assertThat(lines.get(1)).matches(" 1 +BACKTEST +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +COMPLETED +default"
                + " +capitulation-4h +bars binance:BTCUSDT 240m from BTCUSDT-4h-first.csv"
                + " +" + minute(closeOfBar(1)) + " → " + minute(closeOfBar(600)) + " +" + Pattern.quote(whole[0])
                + " +-?\\d+\\.\\d\\d +\\d+");
        assertThat(lines.get(2)).contains("2025-01-15 00:00 → " + minute(closeOfBar(600)), " " + later[0] + " ");

        String show = run(0, "runs", "show", "2");
        assertThat(show).contains("Run 2 · BACKTEST · COMPLETED\n", "Code     : " + CodeVersion.get() + "\n",
                "Data     : bars binance:BTCUSDT 240m from BTCUSDT-4h-first.csv (600 read, 0 skipped)\n",
                "Report   : " + dir.resolve("later").toAbsolutePath().resolve("report.html") + "\n");
        assertThat(show).endsWith("\n" + Files.readString(dir.resolve("later/summary.txt")));

        String compare = run(0, "runs", "compare", "1", "2");
        assertThat(compare.lines().filter(l -> l.startsWith("Total return ")))
                .singleElement().asString().matches("Total return +" + Pattern.quote(whole[0]) + " +"
                        + Pattern.quote(later[0]));
        assertThat(compare.lines().filter(l -> l.startsWith("Buy & hold return ")))
                .singleElement().asString().matches("Buy & hold return +" + Pattern.quote(whole[1]) + " +"
                        + Pattern.quote(later[1]));

        run(0, "runs", "delete", "1");
        assertThat(rowsOfRun(1)).isZero();
        assertThat(rowsOfRun(2)).isGreaterThan(100);
        assertThat(run(1, "runs", "delete", "1")).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: no run 1 in the run store\n");

        backtest("third");
        assertThat(run(0, "runs", "prune", "--keep", "1")).isEqualTo("Deleted run 2; kept the newest 1.\n");
        assertThat(run(0, "runs", "list").lines().skip(1).map(l -> l.strip().split(" ")[0])).containsExactly("3");
        assertThat(rowsOfRun(2)).isZero();
    }

    @Test
    void aStoredRunIsReproducibleFromItsEffectiveSpec() throws Exception {
        String[] first = totalReturns(backtest("first", "--from", "2025-01-01", "--to", "2025-01-20"));

        String spec = run(0, "runs", "show", "1", "--spec");
        Path again = Files.writeString(dir.resolve("again.yml"), spec);
        BacktestSpec loaded = BacktestSpecLoader.load(again);
        assertThat(loaded.data()).containsExactly(bars.toAbsolutePath());
        assertThat(loaded.fromMs()).isEqualTo(BacktestSpecLoader.parseTime("2025-01-01"));
        assertThat(loaded.toMs()).isEqualTo(BacktestSpecLoader.parseTime("2025-01-20"));
        assertThat(loaded.strategy()).isEqualTo(Path.of("strategies/capitulation-4h.yml").toAbsolutePath());

        String[] second = totalReturns(run(0, "backtest", again.toString(), "--out", dir.resolve("second").toString()));
        assertThat(second).containsExactly(first);

        try (RunStore s = RunStore.open(store)) {
            StoredRun stored = s.queries().run(1).orElseThrow();
            assertThat(stored.codeVersion()).isEqualTo(CodeVersion.get())
                    .matches("0\\.1\\.0-SNAPSHOT( \\(git [0-9a-f]{12}(-dirty)?\\))?");
            RunDetails details = s.queries().details(1).orElseThrow();
            // the bars before --to, and the first one at or after it, which ends the replay
            long toMs = BacktestSpecLoader.parseTime("2025-01-20");
            long read = 1 + java.util.stream.IntStream.rangeClosed(1, 600).filter(i -> closeOfBar(i) < toMs).count();
            assertThat(details.dataDescription())
                    .isEqualTo("bars binance:BTCUSDT 240m from BTCUSDT-4h-first.csv (" + read + " read, 0 skipped)");
            RunMetrics metrics = s.queries().metrics(1);
            assertThat(metrics.buyHold().keySet()).containsExactlyInAnyOrder("total_return", "annualised_return",
                    "sharpe", "sortino", "max_drawdown", "calmar");
            assertThat(metrics.strategy()).containsKeys("total_return", "trades", "fees_usd")
                    .doesNotContainKeys("buy_and_hold.total_return", "strategy.total_return");
            assertThat(String.format(java.util.Locale.ROOT, "%.2f%%", metrics.buyHold().get("total_return") * 100))
                    .isEqualTo(first[1]);
            assertThat(String.format(java.util.Locale.ROOT, "%.2f%%", metrics.strategy().get("total_return") * 100))
                    .isEqualTo(first[0]);
        }
    }

    @Test
    void anUnknownRunIsAClearError() {
        run(1, "runs", "show", "7");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("error: no run 7 in the run store (cascade runs list shows the runs)\n");
        assertThat(run(0, "runs", "list")).isEqualTo("No runs in the run store yet: cascade backtest records one.\n");
        assertThat(CascadeCli.execute("runs", "prune")).isEqualTo(2);
    }

    /** Event time of data line {@code bar} (1-based): its open_time_ms + 4 h. */
    private long closeOfBar(int bar) {
        try {
            return Long.parseLong(Files.readAllLines(bars).get(bar).split(",")[0]) + 4 * 3_600_000L;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String minute(long ms) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC)
                .format(java.time.Instant.ofEpochMilli(ms));
    }

    /** Rows recorded for a run across every table with a run_id column. */
    private long rowsOfRun(long id) throws SQLException {
        long rows = 0;
        try (Connection c = DriverManager.getConnection(store.jdbcUrl() + ";AUTO_SERVER=TRUE", "cascade", "");
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = 'RUN_ID'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).hasSizeGreaterThanOrEqualTo(9);
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE run_id = " + id)) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM runs WHERE id = " + id)) {
                rs.next();
                rows += rs.getLong(1);
            }
        }
        return rows;
    }
}
