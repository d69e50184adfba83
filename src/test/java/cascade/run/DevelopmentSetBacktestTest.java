package cascade.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cascade.feed.BadLinePolicy;
import cascade.feed.ShippedData;
import cascade.market.Side;
import cascade.report.BacktestResult;
import cascade.report.Series;
import cascade.report.TradesCsv;
import cascade.store.RunStore;
import cascade.store.StoredFill;
import cascade.store.StoredFunding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default backtest over the development set (Binance BTCUSDT 4 h, one year), checked against the CSV
 * read independently with a plain split: imbalance per bar, funding payments, fees, determinism.
 */
class DevelopmentSetBacktestTest {
    private static final long BAR = 4 * 3_600_000L;

    private static BacktestSpec spec;
    private static List<String[]> rows;
    private static Map<String, Integer> column;

    @BeforeAll
    static void load() throws IOException {
        Path data = ShippedData.developmentSet();
        BacktestSpec shipped = BacktestSpecLoader.load(Path.of("backtests/default.yml"));
        spec = new BacktestSpec(shipped.name(), shipped.description(), List.of(data), shipped.strategy(),
                shipped.fromMs(), shipped.toMs(), shipped.initialBalanceUsd(), shipped.venue(), shipped.clockStep(),
                shipped.sampleStep(), shipped.outDir(), shipped.sourceText());
        List<String> lines = Files.readAllLines(data);
        column = new HashMap<>();
        String[] header = lines.get(0).split(",", -1);
        for (int i = 0; i < header.length; i++) {
            column.put(header[i], i);
        }
        rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
    }

    private static BacktestResult run(RunStore store) throws IOException {
        return BacktestRunner.run(spec, new BacktestRunner.Options(BadLinePolicy.FAIL, store, null, "test"));
    }

    private static double value(String[] row, String name) {
        return Double.parseDouble(row[column.get(name)]);
    }

    @Test
    void shippedCopyIsTheDevelopmentSet() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ShippedData.developmentSet()));
        assertThat(HexFormat.of().formatHex(digest)).isEqualTo(ShippedData.DEVELOPMENT_SET_SHA256);
    }

    @Test
    void imbalanceRatioOfEveryBarIsLongOverTotal() throws IOException {
        Series ratio = run(null).imbalance();

        assertThat(ratio.size()).isEqualTo(2195);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            double longUsd = value(row, "liq_long_usd");
            double total = longUsd + value(row, "liq_short_usd");
            assertThat(ratio.time(i)).isEqualTo(Long.parseLong(row[column.get("open_time_ms")]) + BAR);
            if (total == 0) {
                assertThat(ratio.value(i)).isNaN();
            } else {
                assertThat(ratio.value(i)).as("bar %d", i).isCloseTo(longUsd / total, within(1e-12));
            }
        }
    }

    @Test
    void fundingPaymentsMatchRecordedRatesAndPositionSizes() throws IOException {
        Map<Long, String[]> barByClose = new HashMap<>();
        for (String[] row : rows) {
            barByClose.put(Long.parseLong(row[column.get("open_time_ms")]) + BAR, row);
        }
        try (RunStore store = RunStore.inMemory("devset-funding")) {
            run(store);
            long runId = store.queries().listRuns().get(0).id();
            List<StoredFill> fills = store.queries().fills(runId);
            List<StoredFunding> funding = store.queries().funding(runId);

            assertThat(funding).isNotEmpty();
            for (StoredFunding p : funding) {
                String[] bar = barByClose.get(p.fundingTimeMs());
                assertThat(bar).as("funding at a bar close %d", p.fundingTimeMs()).isNotNull();
                assertThat(p.fundingTimeMs() % (8 * 3_600_000L)).isZero();
                assertThat(p.rate().doubleValue()).isEqualTo(value(bar, "funding_rate"));
                assertThat(p.markPrice().doubleValue()).isEqualTo(value(bar, "close"));
                BigDecimal held = BigDecimal.ZERO;
                for (StoredFill f : fills) {
                    if (heldThrough(f, p.fundingTimeMs())) {
                        held = f.side() == Side.BUY ? held.add(f.qty()) : held.subtract(f.qty());
                    }
                }
                assertThat(p.positionQty()).isEqualByComparingTo(held);
                double expected = -held.doubleValue() * value(bar, "close") * value(bar, "funding_rate");
                assertThat(p.amountUsd().doubleValue()).isCloseTo(expected, within(0.0000011));
            }
        }
    }

    /**
     * Whether a fill is part of the position held at a funding time T that is also a bar close: fills before
     * T, and stops/targets/liquidations inside the bar ending at T (stamped T). Market orders decided at the
     * close T fill at the next bar's open, also stamped T, after the settlement.
     */
    private static boolean heldThrough(StoredFill f, long fundingTimeMs) {
        boolean inBar = f.liquidation() || f.tag().endsWith("/stop") || f.tag().endsWith("/target");
        return f.timeMs() < fundingTimeMs || (f.timeMs() == fundingTimeMs && inBar);
    }

    @Test
    void everyFeeIsTheFeeModelsRateOnTheFillNotional() throws IOException {
        try (RunStore store = RunStore.inMemory("devset-fees")) {
            run(store);
            long runId = store.queries().listRuns().get(0).id();
            List<StoredFill> fills = store.queries().fills(runId);

            assertThat(fills).isNotEmpty();
            for (StoredFill f : fills) {
                double rate = f.maker() ? spec.venue().makerFee() : spec.venue().takerFee();
                double expected = f.price().doubleValue() * f.qty().doubleValue() * rate;
                assertThat(f.feeUsd().doubleValue()).isCloseTo(expected, within(0.0000011));
            }
        }
    }

    @Test
    void theJournalOfABarBacktestReplaysToTheSameTrades(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path journal = dir.resolve("bars.casc");
        BacktestResult original = BacktestRunner.run(spec,
                new BacktestRunner.Options(BadLinePolicy.FAIL, null, null, "test", null, journal));

        BacktestResult replay = BacktestRunner.run(spec.withData(List.of(journal)),
                new BacktestRunner.Options(BadLinePolicy.FAIL, null, null, "test"));

        assertThat(replay.trades()).hasSize(original.trades().size()).isNotEmpty();
        assertThat(TradesCsv.render(replay.trades())).isEqualTo(TradesCsv.render(original.trades()));
    }

    @Test
    void twoRunsGiveByteIdenticalTradesAndEquity() throws IOException {
        BacktestResult a = run(null);
        BacktestResult b = run(null);

        assertThat(a.trades()).isNotEmpty();
        assertThat(TradesCsv.render(b.trades())).isEqualTo(TradesCsv.render(a.trades()));
        assertThat(b.equity().values()).isEqualTo(a.equity().values());
        assertThat(b.feesUsd()).isEqualTo(a.feesUsd());
        assertThat(b.fundingUsd()).isEqualTo(a.fundingUsd());
    }

    @Test
    void theBooksPortfolioAgreesWithTheVenueAfterEveryFillOfTheYear() throws IOException {
        BacktestResult a = run(null);

        // the venue reports its position and balance after each fill: 2 per fill
        assertThat(a.counters().get("reconcile.snapshots")).isEqualTo(560L);
        assertThat(a.counters().get("reconcile.position_mismatches")).isZero();
        assertThat(a.counters().get("reconcile.balance_mismatches")).isZero();
        assertThat(a.counters().get("venue.rejected")).isZero();
    }

    @Test
    void everyTradeJoinsToTheDecisionThatOpenedItAndEveryFillToItsDecision() throws Exception {
        try (RunStore store = RunStore.inMemory("devset-join");
                java.sql.Connection c = cascade.store.StoreSql.connect(store)) {
            BacktestResult result = run(store);
            long runId = store.queries().listRuns().get(0).id();
            List<String> entries = new ArrayList<>();
            try (java.sql.PreparedStatement q = c.prepareStatement("SELECT d.action FROM trades t JOIN decisions d"
                    + " ON d.run_id = t.run_id AND d.seq = t.entry_decision_seq WHERE t.run_id = ? ORDER BY t.seq")) {
                q.setLong(1, runId);
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        entries.add(rs.getString(1));
                    }
                }
            }
            assertThat(entries).hasSize(result.trades().size()).hasSize(151)
                    .allMatch(a -> a.startsWith("ENTER_") || a.startsWith("REVERSE_"));
            try (java.sql.PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM fills f LEFT JOIN orders o"
                    + " ON o.run_id = f.run_id AND o.order_id = f.order_id WHERE f.run_id = ?"
                    + " AND (f.decision_seq IS NULL OR o.decision_seq <> f.decision_seq"
                    + " OR o.client_order_id IS NULL)")) {
                q.setLong(1, runId);
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).isZero(); // every fill names its order's decision and client id
                }
            }
        }
    }
}
