package cascade.cli;

import static cascade.cli.FakeMarketApis.EPOCH;
import static cascade.cli.FakeMarketApis.HOUR;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.run.download.BarDownload;
import cascade.run.download.HttpJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cascade download} against local fakes of Binance and CoinGlass (never the internet). */
class DownloadCommandTest {
    private static final long BARS = 2000; // more than one page of 1500 klines
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private FakeMarketApis fake;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws IOException {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        fake = new FakeMarketApis();
    }

    @AfterEach
    void tearDown() {
        fake.close();
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** The row the fake market gives bar i, with or without OI and liquidations. */
    private static String row(long i, boolean oi, boolean liq) {
        long close = EPOCH + (i + 1) * HOUR;
        long lastFunding = Math.floorDiv(close - EPOCH, 8 * HOUR); // settled at or before the close
        return String.join(",", Long.toString(EPOCH + i * HOUR), (1000 + i) + ".10", (1005 + i) + ".10",
                (995 + i) + ".10", (1001 + i) + ".10", (1_000_000 + i) + ".25", liq ? Long.toString(100 * i) : "",
                liq ? Long.toString(50 * i) : "", oi ? (5000 + i) + ".5" : "", FakeMarketApis.rate(lastFunding));
    }

    @Test
    void writesEveryBarWithFundingOpenInterestAndLiquidationsPagingAndRetrying() throws Exception {
        Path file = dir.resolve("BTCUSDT-1h.csv");
        List<Long> waits = new ArrayList<>();
        long to = EPOCH + BARS * HOUR;

        BarDownload.Outcome o = BarDownload.run(new HttpJson(waits::add), fake.url(), fake.url(), "BTCUSDT", "1h", HOUR,
                EPOCH, to, FakeMarketApis.KEY, to, file, false);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize((int) BARS + 1);
        assertThat(lines.get(0)).isEqualTo(BarDownload.HEADER);
        long oiFrom = to - 30 * 24 * HOUR; // Binance keeps 30 days of OI: bars closing at or after it have it
        for (long i = 0; i < BARS; i++) {
            boolean oi = EPOCH + (i + 1) * HOUR >= oiFrom;
            assertThat(lines.get((int) i + 1)).as("bar %d", i).isEqualTo(row(i, oi, true));
        }
        assertThat(o.rows()).isEqualTo(BARS);
        assertThat(o.withoutOi()).isEqualTo(BARS - 721); // closes 1280 h … 2000 h
        assertThat(o.withoutLiquidations()).isZero();
        assertThat(waits).containsExactly(1000L); // the 429's Retry-After: 1
        assertThat(o.retries()).isEqualTo(1);
        // klines in two pages (1500 + 500), OI in pages of 500 over 720 bars: 2 per chunk that has any
        assertThat(fake.paths.stream().filter(p -> p.equals("200 /fapi/v1/klines")).count()).isEqualTo(2);
        assertThat(fake.paths).contains("429 /fapi/v1/fundingRate");
    }

    @Test
    void anInterruptedDownloadResumesToTheSameFile() throws Exception {
        long to = EPOCH + BARS * HOUR;
        Path whole = dir.resolve("whole.csv");
        BarDownload.run(new HttpJson(ms -> { }), fake.url(), fake.url(), "BTCUSDT", "1h", HOUR, EPOCH, to,
                FakeMarketApis.KEY, to, whole, false);
        Path part = dir.resolve("part.csv");
        BarDownload.run(new HttpJson(ms -> { }), fake.url(), fake.url(), "BTCUSDT", "1h", HOUR, EPOCH,
                EPOCH + 1600 * HOUR, FakeMarketApis.KEY, to, part, false);

        BarDownload.Outcome o = BarDownload.run(new HttpJson(ms -> { }), fake.url(), fake.url(), "BTCUSDT", "1h",
                HOUR, EPOCH, to, FakeMarketApis.KEY, to, part, true);

        assertThat(o.fromMs()).isEqualTo(EPOCH + 1600 * HOUR);
        assertThat(o.rows()).isEqualTo(400);
        assertThat(Files.readAllBytes(part)).isEqualTo(Files.readAllBytes(whole));
    }

    @Test
    void withoutAKeyTheLiquidationColumnsStayBlankAndTheCommandSaysWhy() throws IOException {
        Path file = dir.resolve("btc.csv");
        DownloadCommand command = new DownloadCommand();
        command.coinglassKey = null;

        int code = new CommandLine(command).execute("--symbol", "BTCUSDT", "--from", "2025-01-01", "--to",
                "2025-01-03", "--interval", "1h", "--out", file.toString(), "--binance-url", fake.url(),
                "--coinglass-url", fake.url());

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("note: COINGLASS_API_KEY is not set: liq_long_usd"
                + " and liq_short_usd stay blank (Binance publishes no liquidation history; CoinGlass v4 does, with a"
                + " key). Cascade's bar reader needs them, so fill them in before backtesting this file.\n");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(49);
        assertThat(lines.get(1)).isEqualTo(row(0, false, false));
        // klines, the throttled funding request and its retry; no OI (older than 30 days), no CoinGlass
        assertThat(fake.paths).containsExactly("200 /fapi/v1/klines", "429 /fapi/v1/fundingRate",
                "200 /fapi/v1/fundingRate");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(file + ": 48 bars of BTCUSDT 1h from"
                + " 2025-01-01 00:00:00 UTC to 2025-01-03 00:00:00 UTC (3 requests, 1 retries)\n"
                + "blank (unknown): open interest in 48 bars (Binance keeps 30 days), funding in 0, liquidations in 48\n");
    }

    @Test
    void aDownloadWithAKeyBacktests() throws IOException {
        Path file = dir.resolve("BTCUSDT-1h-fake.csv");
        DownloadCommand command = new DownloadCommand();
        command.coinglassKey = FakeMarketApis.KEY;
        assertThat(new CommandLine(command).execute("--symbol", "BTCUSDT", "--from", "2025-01-01", "--to",
                "2025-01-11", "--interval", "1h", "--out", file.toString(), "--binance-url", fake.url(),
                "--coinglass-url", fake.url())).isZero();

        int code = CascadeCli.execute("backtest", "--no-store", "--quiet", "--data", file.toString(), "--out",
                dir.resolve("r").toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(dir.resolve("r/summary.txt")))
                .contains("Data     : bars binance:BTCUSDT 60m from BTCUSDT-1h-fake.csv (240 read, 0 skipped)");
    }

    @Test
    void existingFilesAndBadOptionsAreUsageErrors() throws IOException {
        Path file = Files.writeString(dir.resolve("x.csv"), "keep");

        assertThat(CascadeCli.execute("download", "--symbol", "BTCUSDT", "--from", "2025-01-01", "--to", "2025-01-02",
                "--out", file.toString())).isEqualTo(2);
        assertThat(CascadeCli.execute("download", "--venue", "bybit", "--symbol", "BTCUSDT", "--from", "2025-01-01",
                "--to", "2025-01-02")).isEqualTo(2);
        assertThat(CascadeCli.execute("download", "--symbol", "BTCUSDT", "--from", "2025-01-01", "--to", "2025-01-02",
                "--interval", "3h")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
                "error: --out " + file + " already exists: pass --force to overwrite it",
                "error: --venue bybit: only binance is supported",
                "error: --interval 3h: one of 5m, 15m, 30m, 1h, 2h, 4h, 6h, 12h, 1d", ""));
        assertThat(Files.readString(file)).isEqualTo("keep");
    }
}
