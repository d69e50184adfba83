package cascade.store;

import static cascade.store.RunRecorderTest.ENTER;
import static cascade.store.RunRecorderTest.T0;
import static cascade.store.RunRecorderTest.TRADE;
import static cascade.store.RunRecorderTest.backtest;
import static cascade.store.StoreTestSupport.column;
import static cascade.store.StoreTestSupport.count;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.model.Action;
import cascade.model.Decision;
import cascade.model.Fill;
import cascade.model.Fills;
import cascade.model.FundingPayment;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.Side;
import cascade.model.Trade;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Records that cannot be stored are counted by kind; the caller never sees an exception and later records still land. */
class RunRecorderFailureTest {
    final Instruments instruments = new Instruments();
    final Instrument btc = instruments.register("binance", "BTCUSDT", 1, 3);

    Fill fill(int n) {
        return Fills.of(n, btc.id(), T0 + n, Side.BUY, 650_000 + n, 10, 260_000, false, false, "entry");
    }

    static String storeName(TestInfo test) {
        return "failure-" + test.getTestMethod().orElseThrow().getName();
    }

    @Test
    void badRecordsAreCountedAndTheGoodOnesAroundThemAreWritten(TestInfo test) throws SQLException {
        Trade nanPrice = new Trade("BTCUSDT", "intraday", 1, T0, 65000.2, T0 + 60_000, Double.NaN, 0.03, 0, 0, 0, 0,
                "entry", "exit");
        Decision noAction = new Decision(1, T0, "BTCUSDT", "intraday", null, 0, 0, "no action", List.of());
        try (RunStore store = RunStore.inMemory(storeName(test))) {
            RunRecorder recorder = store.startRun(backtest(), instruments);
            recorder.fill(fill(1));
            recorder.trade(nanPrice);          // rejected before SQL: not a finite number
            recorder.decision(noAction);       // rejected by the database: action is NOT NULL
            recorder.fill(fill(2));
            recorder.decision(ENTER);
            recorder.trade(TRADE);
            recorder.close();

            assertThat(recorder.writeErrors()).isEqualTo(2);
            assertThat(recorder.writeErrorsByKind()).isEqualTo(Map.of("decision", 1L, "trade", 1L));
            assertThat(recorder.recordsWritten()).isEqualTo(4);
            assertThat(column(store, "SELECT seq FROM fills ORDER BY seq")).containsExactly(1L, 2L);
            // the failed decision used number 1; the next one is stored as number 2
            assertThat(store.queries().decisions(recorder.runId())).containsExactly(new Decision(2, ENTER.timeMs(),
                    ENTER.symbol(), ENTER.mode(), ENTER.action(), ENTER.composite(), ENTER.confidence(),
                    ENTER.reason(), ENTER.readings()));
            assertThat(store.queries().trades(recorder.runId())).containsExactly(TRADE);
        }
    }

    @Test
    void writesAfterTheDatabaseWentAwayAreCountedNotThrown(TestInfo test) {
        RunRecorder recorder;
        try (RunStore store = RunStore.inMemory(storeName(test))) {
            recorder = store.startRun(backtest(), instruments);
            recorder.fill(fill(1));
            recorder.flush();
        }
        recorder.fill(fill(2));
        recorder.funding(new FundingPayment(btc.id(), T0 + 28_800_000, 10, 650_100, 1_000_000, -65_010));
        recorder.close();

        assertThat(recorder.writeErrors()).isEqualTo(2);
        assertThat(recorder.writeErrorsByKind()).isEqualTo(Map.of("fill", 1L, "funding", 1L));
        assertThat(recorder.recordsWritten()).isEqualTo(1);
        try (RunStore reopened = RunStore.inMemory(storeName(test))) {
            assertThat(reopened.queries().fills(recorder.runId())).extracting(StoredFill::orderId).containsExactly(1L);
        }
    }

    @Test
    void unknownInstrumentsAndRecordsAfterCloseAreCounted(TestInfo test) throws SQLException {
        try (RunStore store = RunStore.inMemory(storeName(test))) {
            RunRecorder recorder = store.startRun(backtest(), instruments);
            recorder.fill(Fills.of(1, 7, T0, Side.BUY, 650_000, 10, 260_000, false, false, "entry"));
            recorder.fill(fill(2));
            recorder.close();
            recorder.trade(TRADE);

            assertThat(recorder.writeErrorsByKind()).isEqualTo(Map.of("fill", 1L, "trade", 1L));
            assertThat(recorder.recordsWritten()).isEqualTo(1);
            assertThat(count(store, "fills")).isEqualTo(1);
            assertThat(count(store, "trades")).isZero();
        }
    }
}
