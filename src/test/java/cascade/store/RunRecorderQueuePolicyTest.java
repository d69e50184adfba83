package cascade.store;

import static cascade.store.RunRecorderTest.T0;
import static cascade.store.RunRecorderTest.backtest;
import static cascade.store.StoreTestSupport.DECIMALS_BY_VALUE;
import static cascade.store.StoreTestSupport.column;
import static cascade.store.StoreTestSupport.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.Side;
import cascade.model.Fill;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.slf4j.LoggerFactory;

/**
 * The two queue policies against a stuck database ({@link StuckDatabase}). In every scenario the writer
 * first takes fill 1 alone and hangs asking for a connection, so the queue then holds exactly its capacity
 * and the rest is placed by the policy. Write order is read from an identity column the test adds to
 * {@code fills}: it numbers rows in the order the writer inserted them.
 */
class RunRecorderQueuePolicyTest {
    /** A deadlock guard, not a speed limit: the puts take milliseconds. */
    static final Duration GUARD = Duration.ofSeconds(60);

    final Instruments instruments = new Instruments();
    final Instrument btc = instruments.register("binance", "BTCUSDT", 1, 3);
    /** Warnings and errors the store logs during the test (the tests' log level is WARN). */
    final ListAppender<ILoggingEvent> storeLog = new ListAppender<>();
    RunStore store;
    StuckDatabase database;

    @BeforeEach
    void open(TestInfo test) throws SQLException {
        storeLog.start();
        ((Logger) LoggerFactory.getLogger("cascade.store")).addAppender(storeLog);
        store = RunStore.inMemory("policy-" + test.getTestMethod().orElseThrow().getName());
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE fills ADD COLUMN write_no BIGINT GENERATED ALWAYS AS IDENTITY");
        }
        database = new StuckDatabase(store.dataSource());
    }

    @AfterEach
    void close() {
        ((Logger) LoggerFactory.getLogger("cascade.store")).detachAppender(storeLog);
        database.release();
        store.close();
    }

    /** Fill n: order 1000 + n at 65000.0 + n × 0.1, 0.001 BTC, fee 0.0026 USD, tagged "fill-n/entry". */
    Fill fill(int n) {
        return new Fill(1000 + n, n, btc.id(), T0 + n, n % 2 == 0 ? Side.BUY : Side.SELL, 650_000 + n, 1, 2_600, false,
                false, "fill-" + n, cascade.model.Purpose.ENTRY, 0);
    }

    static StoredFill stored(int n) {
        return new StoredFill(n, 1000 + n, "binance", "BTCUSDT", T0 + n, n % 2 == 0 ? Side.BUY : Side.SELL,
                new BigDecimal(650_000 + n).movePointLeft(1), new BigDecimal("0.001"), new BigDecimal("0.0026"), false,
                false, "fill-" + n + "/entry");
    }

    RunRecorder recorderOnTheStuckDatabase(QueuePolicy policy, int capacity, int batchSize) throws SQLException {
        long runId = RunRows.insert(store.dataSource(), backtest());
        return new RunRecorder(runId, database, instruments, policy, capacity, batchSize);
    }

    /** Fill 1, then (once the writer hangs on it) fills 2..n. */
    void putWhileStuck(RunRecorder recorder, int n) throws InterruptedException {
        recorder.fill(fill(1));
        assertThat(database.awaitStuckWriter()).as("the writer asked the database for a connection").isTrue();
        for (int i = 2; i <= n; i++) {
            recorder.fill(fill(i));
        }
    }

    /** Every fill 1..n stored with its contents, and inserted in put order. */
    void assertStoredInPutOrder(long runId, int n) throws SQLException {
        List<StoredFill> expected = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            expected.add(stored(i));
        }
        assertThat(store.queries().fills(runId)).usingRecursiveFieldByFieldElementComparator(DECIMALS_BY_VALUE)
                .containsExactlyElementsOf(expected);
        List<Long> oneToN = LongStream.rangeClosed(1, n).boxed().toList();
        assertThat(column(store, "SELECT seq FROM fills ORDER BY write_no")).containsExactlyElementsOf(oneToN);
        assertThat(column(store, "SELECT order_id - 1000 FROM fills ORDER BY write_no"))
                .containsExactlyElementsOf(oneToN);
    }

    @Test
    void neverBlockTakesTenTimesItsCapacityFromAStuckDatabaseAndWritesItAllInPutOrder() throws Exception {
        RunRecorder recorder = recorderOnTheStuckDatabase(QueuePolicy.NEVER_BLOCK, 16, 7);

        assertTimeoutPreemptively(GUARD, () -> putWhileStuck(recorder, 160), "a NEVER_BLOCK put waited");

        // 160 puts: fill 1 held by the writer, fills 2..17 fill the queue of 16, fills 18..160 spill
        assertThat(recorder.recordsSpilled()).isEqualTo(143);
        assertThat(recorder.spillDepth()).isEqualTo(143);
        assertThat(recorder.maxSpillDepth()).isEqualTo(143);
        assertThat(recorder.recordsWritten()).isZero();
        assertThat(count(store, "fills")).isZero();

        database.release();
        recorder.flush();

        assertThat(recorder.recordsWritten()).isEqualTo(160);
        assertThat(recorder.writeErrors()).isZero();
        assertStoredInPutOrder(recorder.runId(), 160);
        assertThat(recorder.spillDepth()).isZero();

        // the spill has drained: new records go to the queue again (5 < 16 fit whatever the writer does)
        for (int i = 161; i <= 165; i++) {
            recorder.fill(fill(i));
        }
        recorder.close();

        assertThat(recorder.recordsWritten()).isEqualTo(165);
        assertThat(recorder.recordsSpilled()).isEqualTo(143);
        assertThat(recorder.maxSpillDepth()).isEqualTo(143);
        assertThat(recorder.writeErrors()).isZero();
        assertStoredInPutOrder(recorder.runId(), 165);
        assertThat(storeLog.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .containsExactly(tuple(Level.WARN, "run " + recorder.runId() + ": the store writer is behind and its"
                        + " queue of 16 is full: records now also wait in an in-memory spill, to be written in order"
                        + " later (none dropped; logged once per run)"));
    }

    @Test
    void closeWritesTheSpillAfterTheQueueWithoutAFlush() throws Exception {
        RunRecorder recorder = recorderOnTheStuckDatabase(QueuePolicy.NEVER_BLOCK, 4, 3);

        assertTimeoutPreemptively(GUARD, () -> putWhileStuck(recorder, 40), "a NEVER_BLOCK put waited");
        database.release();
        recorder.close();

        // fill 1 held by the writer, 2..5 queued, 6..40 spilled
        assertThat(recorder.recordsSpilled()).isEqualTo(35);
        assertThat(recorder.maxSpillDepth()).isEqualTo(35);
        assertThat(recorder.spillDepth()).isZero();
        assertThat(recorder.recordsWritten()).isEqualTo(40);
        assertThat(recorder.writeErrors()).isZero();
        assertStoredInPutOrder(recorder.runId(), 40);
        assertThat(storeLog.list).hasSize(1);
    }

    @Test
    void backpressureMakesTheCallerWaitAndLosesNothing() throws Exception {
        RunRecorder recorder = recorderOnTheStuckDatabase(QueuePolicy.BACKPRESSURE, 4, 3);
        AtomicInteger returned = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        Thread engine = new Thread(() -> {
            try {
                recorder.fill(fill(1));
                returned.incrementAndGet();
                assertThat(database.awaitStuckWriter()).isTrue();
                for (int i = 2; i <= 40; i++) {
                    recorder.fill(fill(i));
                    returned.incrementAndGet();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        }, "engine");
        engine.start();

        // fill 1 held by the writer, 2..5 queued: the put of fill 6 waits for space as long as the database hangs
        assertTimeoutPreemptively(GUARD, () -> {
            while (returned.get() < 5 || engine.getState() != Thread.State.TIMED_WAITING) {
                Thread.sleep(1);
            }
        }, "the engine thread never reached the full queue");
        assertThat(returned.get()).isEqualTo(5);
        assertThat(recorder.recordsWritten()).isZero();

        database.release();
        assertTimeoutPreemptively(GUARD, () -> engine.join(), "the engine thread stayed blocked after the release");
        recorder.close();

        assertThat(failures).isEmpty();
        assertThat(returned.get()).isEqualTo(40);
        assertThat(recorder.recordsSpilled()).isZero();
        assertThat(recorder.maxSpillDepth()).isZero();
        assertThat(recorder.recordsWritten()).isEqualTo(40);
        assertThat(recorder.writeErrors()).isZero();
        assertStoredInPutOrder(recorder.runId(), 40);
        assertThat(storeLog.list).isEmpty();
    }

    @Test
    void backtestsWaitAndPaperAndLiveNeverBlockUnlessTheStarterChooses() {
        RunInfo paper = new RunInfo(RunKind.PAPER, "paper-btc", null, "capitulation-v1", null, "binance live feeds",
                "0.1.0-abc1234", T0);
        RunInfo live = new RunInfo(RunKind.LIVE, "live-btc", null, "capitulation-v1", null, "binance live feeds",
                "0.1.0-abc1234", T0);
        List<RunRecorder> recorders = List.of(store.startRun(backtest(), instruments),
                store.startRun(backtest(), instruments, 1 << 16, 4096), // as BacktestRunner starts its recorder
                store.startRun(paper, instruments), store.startRun(live, instruments, 64, 8),
                store.startRun(paper, instruments, QueuePolicy.BACKPRESSURE),
                store.startRun(backtest(), instruments, QueuePolicy.NEVER_BLOCK, 64, 8));
        try {
            assertThat(recorders).extracting(RunRecorder::queuePolicy).containsExactly(QueuePolicy.BACKPRESSURE,
                    QueuePolicy.BACKPRESSURE, QueuePolicy.NEVER_BLOCK, QueuePolicy.NEVER_BLOCK,
                    QueuePolicy.BACKPRESSURE, QueuePolicy.NEVER_BLOCK);
        } finally {
            recorders.forEach(RunRecorder::close);
        }
    }
}
