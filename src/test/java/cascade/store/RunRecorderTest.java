package cascade.store;

import cascade.model.OrderState;

import static cascade.store.StoreTestSupport.DECIMALS_BY_VALUE;
import static cascade.store.StoreTestSupport.bd;
import static cascade.store.StoreTestSupport.column;
import static cascade.store.StoreTestSupport.count;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.model.Action;
import cascade.model.Decision;
import cascade.model.ReadingRecord;
import cascade.model.Fill;
import cascade.model.Fills;
import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.model.Purpose;
import cascade.model.OrderType;
import cascade.model.RejectReason;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.Side;
import cascade.model.Trade;
import cascade.store.StoreTestSupport.SnapshotPosition;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** A backtest recorded through the recorder and read back field by field. */
class RunRecorderTest {
    static final long T0 = 1_700_000_000_000L;
    static final String SPEC_TEXT = "name: btc-2024q1\nvenue:\n  apiSecret: s3cr3t\nleverage: 5\n";
    static final String STRATEGY_TEXT = "cards:\n  imbalance: {weight: 0.4}\n";

    /** longs liquidated: enter long; composite 0.2 + 0.36 + 0.06 = 0.62. */
    static final Decision ENTER = new Decision(1, T0 + 1_000, "BTCUSDT", "intraday", Action.ENTER_LONG, 0.62, 0.8,
            "longs capitulated", List.of(
                    new ReadingRecord("imbalance", "1m", 0.5, 0.6, 0.9, 0.85, 0.4, 0.2, "ratio 0.85"),
                    new ReadingRecord("capitulation", "5m", 0.9, 0.95, 0.8, 3.2, 0.4, 0.36, "vol 3.2x median"),
                    new ReadingRecord("funding", "8h", 0.3, 0.3, 1.0, -0.0001, 0.2, 0.06, "funding negative")));
    /** in position: hold; composite 0.1 + 0 + 0 = 0.1; the capitulation card has no reading (NaN). */
    static final Decision HOLD = new Decision(2, T0 + 61_000, "BTCUSDT", "intraday", Action.HOLD, 0.1, 0.5, "in position",
            List.of(new ReadingRecord("imbalance", "1m", 0.25, 0.25, 0.7, 0.625, 0.4, 0.1, "ratio 0.62"),
                    new ReadingRecord("capitulation", "5m", 0.0, 0.0, 0.0, Double.NaN, 0.4, 0.0, "no spike"),
                    new ReadingRecord("funding", "8h", 0.0, 0.0, 1.0, 0.00001, 0.2, 0.0, "funding neutral")));
    /** 0.03 BTC long 65000.2 → 65500.5: gross 0.03 × 500.3 = 15.009; net 15.009 − 0.78 − 0.19503 = 14.03397. */
    static final Trade TRADE = new Trade("BTCUSDT", "intraday", 1, T0 + 1_007, 65000.2, T0 + 3_601_007, 65500.5,
            0.03, 15.009, 0.78, -0.19503, 14.03397, "longs capitulated", "target");

    final Instruments instruments = new Instruments();
    final Instrument btc = instruments.register("binance", "BTCUSDT", 1, 3);
    final Instrument eth = instruments.register("binance", "ETHUSDT", 2, 3);
    RunStore store;

    @BeforeEach
    void open(TestInfo test) {
        store = RunStore.inMemory("recorder-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static RunInfo backtest() {
        return new RunInfo(RunKind.BACKTEST, "btc-2024q1", SPEC_TEXT, "capitulation-v1", STRATEGY_TEXT,
                "binance BTCUSDT 1m 2024-01-01..2024-03-31", "0.1.0-abc1234", T0);
    }

    @Test
    void aRecordedBacktestReadsBackWithExactValues() throws SQLException {
        Order entry = Order.market(1, btc.id(), Side.BUY, 30, false, T0 + 1_000, Purpose.ENTRY);
        Order target = Order.limit(2, eth.id(), Side.SELL, 1_500, 350_025, true, T0 + 2_000, Purpose.TARGET);
        RunRecorder recorder = store.startRun(backtest(), instruments);
        long runId = recorder.runId();
        recorder.decision(ENTER);
        recorder.order(entry, OrderState.SUBMITTED, null, T0 + 1_000);
        recorder.fill(Fills.of(1, btc.id(), T0 + 1_005, Side.BUY, 650_001, 10, 260_000, false, false, "entry"));
        recorder.fill(Fills.of(1, btc.id(), T0 + 1_006, Side.BUY, 650_002, 15, 390_001, false, false, "entry"));
        recorder.fill(Fills.of(1, btc.id(), T0 + 1_007, Side.BUY, 650_005, 5, 130_001, false, false, "entry"));
        recorder.order(entry, OrderState.FILLED, null, T0 + 1_007);
        recorder.position(new SnapshotPosition(btc.id(), 30, 650_002, 390_001_200, 520_000), T0 + 1_007);
        recorder.order(target, OrderState.SUBMITTED, null, T0 + 2_000);
        recorder.order(target, OrderState.REJECTED, RejectReason.INSUFFICIENT_MARGIN, T0 + 2_001);
        recorder.decision(HOLD);
        // 0.030 BTC long pays 0.0001 × 0.03 × 65010.0 = 0.19503 USD
        recorder.funding(new FundingPayment(btc.id(), T0 + 28_800_000, 30, 650_100, 1_000_000, -195_030));
        recorder.trade(TRADE);
        recorder.metrics(Map.of("return_pct", 1.403397, "sharpe", 1.25, "max_drawdown_pct", -3.5, "sortino",
                Double.NaN), Map.of("return_pct", 0.77, "sharpe", 0.4, "max_drawdown_pct", -12.0));
        recorder.runFinished(RunStatus.COMPLETED, T0 + 95_000);
        recorder.close();

        // 2 decisions + 4 order updates + 3 fills + 1 position + 1 funding + 1 trade + 1 metrics + 1 finish
        assertThat(recorder.recordsWritten()).isEqualTo(14);
        assertThat(recorder.writeErrors()).isZero();
        RunQueries q = store.queries();

        assertThat(q.run(runId)).contains(new StoredRun(runId, RunKind.BACKTEST, "btc-2024q1",
                "name: btc-2024q1\nvenue:\n  apiSecret: <redacted>\nleverage: 5\n", "capitulation-v1", STRATEGY_TEXT,
                "binance BTCUSDT 1m 2024-01-01..2024-03-31", "0.1.0-abc1234", T0, T0 + 95_000, RunStatus.COMPLETED));
        assertThat(q.orders(runId)).usingRecursiveFieldByFieldElementComparator(DECIMALS_BY_VALUE).containsExactly(
                new StoredOrder(1, "binance", "BTCUSDT", "entry", OrderType.MARKET, Side.BUY, bd("0.030"), null, null,
                        false, T0 + 1_000, OrderState.FILLED, T0 + 1_007, null),
                new StoredOrder(2, "binance", "ETHUSDT", "target", OrderType.LIMIT, Side.SELL, bd("1.5"),
                        bd("3500.25"), null, true, T0 + 2_000, OrderState.REJECTED, T0 + 2_001,
                        RejectReason.INSUFFICIENT_MARGIN));
        assertThat(column(store, "SELECT reject_code FROM orders ORDER BY order_id")).containsExactly(null, 101);
        assertThat(q.fills(runId)).usingRecursiveFieldByFieldElementComparator(DECIMALS_BY_VALUE).containsExactly(
                new StoredFill(1, 1, "binance", "BTCUSDT", T0 + 1_005, Side.BUY, bd("65000.1"), bd("0.010"),
                        bd("0.26"), false, false, "entry"),
                new StoredFill(2, 1, "binance", "BTCUSDT", T0 + 1_006, Side.BUY, bd("65000.2"), bd("0.015"),
                        bd("0.390001"), false, false, "entry"),
                new StoredFill(3, 1, "binance", "BTCUSDT", T0 + 1_007, Side.BUY, bd("65000.5"), bd("0.005"),
                        bd("0.130001"), false, false, "entry"));
        assertThat(q.positions(runId)).usingRecursiveFieldByFieldElementComparator(DECIMALS_BY_VALUE)
                .containsExactly(new StoredPosition(1, "binance", "BTCUSDT", T0 + 1_007, bd("0.03"), bd("65000.2"),
                        bd("390.0012"), bd("52000")));
        assertThat(q.funding(runId)).usingRecursiveFieldByFieldElementComparator(DECIMALS_BY_VALUE)
                .containsExactly(new StoredFunding(1, "binance", "BTCUSDT", T0 + 28_800_000, bd("0.03"),
                        bd("65010"), bd("0.0001"), bd("-0.19503")));
        assertThat(q.decisions(runId)).containsExactly(ENTER, HOLD);
        assertThat(q.trades(runId)).containsExactly(TRADE);
        assertThat(q.metrics(runId)).isEqualTo(new RunMetrics(
                new TreeMap<>(Map.of("max_drawdown_pct", -3.5, "return_pct", 1.403397, "sharpe", 1.25, "sortino",
                        Double.NaN)),
                new TreeMap<>(Map.of("max_drawdown_pct", -12.0, "return_pct", 0.77, "sharpe", 0.4))));
    }

    @Test
    void closeWritesEverythingStillQueuedEvenWhenTheQueueWasFull() throws SQLException {
        RunRecorder recorder = store.startRun(backtest(), instruments, 16, 7);
        for (int i = 0; i < 200; i++) {
            recorder.fill(Fills.of(i, btc.id(), T0 + i, Side.SELL, 650_000 + i, 1, 2_600, true, false, "exit"));
        }
        for (int i = 0; i < 100; i++) {
            recorder.decision(i % 2 == 0 ? ENTER : HOLD);
        }
        recorder.close();

        assertThat(recorder.writeErrors()).isZero();
        assertThat(recorder.recordsWritten()).isEqualTo(300);
        assertThat(count(store, "fills")).isEqualTo(200);
        assertThat(count(store, "decisions")).isEqualTo(100);
        assertThat(count(store, "decision_readings")).isEqualTo(300);
        // 200 × 65000.0 + (0 + 1 + … + 199) × 0.1 = 13,001,990
        assertThat((BigDecimal) column(store, "SELECT SUM(price) FROM fills").get(0)).isEqualByComparingTo("13001990");
    }
}
