package cascade.store;

import cascade.config.StoreConfig;

import cascade.market.Instruments;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The run store: an embedded H2 database behind a small HikariCP pool, its schema migrated on open. One
 * store serves many runs; each run is recorded through its own {@link RunRecorder} and read back through
 * {@link #queries()}.
 */
public final class RunStore implements AutoCloseable {
    private static final int POOL_SIZE = 3;

    private final HikariDataSource dataSource;
    private final String schemaVersion;

    private RunStore(HikariDataSource dataSource, String schemaVersion) {
        this.dataSource = dataSource;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (creating if needed) and migrates the store described by the config.
     *
     * @throws StoreException naming the url when the database cannot be opened or migrated
     */
    public static RunStore open(StoreConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword("");
        hikari.setMaximumPoolSize(POOL_SIZE);
        hikari.setMinimumIdle(1);
        hikari.setPoolName("cascade-store");
        HikariDataSource dataSource = null;
        try {
            dataSource = new HikariDataSource(hikari);
            return new RunStore(dataSource, SchemaMigrations.migrate(dataSource));
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            throw new StoreException("cannot open the run store at " + config.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    /** A private in-memory store for tests: {@code jdbc:h2:mem:NAME}, kept until the JVM exits. */
    public static RunStore inMemory(String name) {
        return open(StoreConfig.inMemory(name));
    }

    /** The schema version in force after migration ("1" for V1__run_store.sql). */
    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * Creates the run's row (status RUNNING, configuration texts redacted) and returns the recorder for it,
     * with the queue policy for the run's kind ({@link QueuePolicy#defaultFor}: backtests
     * {@link QueuePolicy#BACKPRESSURE}, paper and live {@link QueuePolicy#NEVER_BLOCK}).
     * This one write is synchronous, before any event flows, so every later record can carry the run id.
     *
     * @param instruments the run's registry: instrument ids in orders and fills are stored as venue and symbol
     * @throws StoreException when the run row cannot be created (the run should not start unrecorded)
     */
    public RunRecorder startRun(RunInfo info, Instruments instruments) {
        return startRun(info, instruments, QueuePolicy.defaultFor(info.kind()));
    }

    /** As {@link #startRun(RunInfo, Instruments)} with an explicit queue policy. */
    public RunRecorder startRun(RunInfo info, Instruments instruments, QueuePolicy policy) {
        return startRun(info, instruments, policy, RunRecorder.DEFAULT_QUEUE_CAPACITY,
                RunRecorder.DEFAULT_BATCH_SIZE);
    }

    /**
     * As {@link #startRun(RunInfo, Instruments)} (the policy for the run's kind) with an explicit queue
     * capacity and batch size.
     */
    public RunRecorder startRun(RunInfo info, Instruments instruments, int queueCapacity, int batchSize) {
        return startRun(info, instruments, QueuePolicy.defaultFor(info.kind()), queueCapacity, batchSize);
    }

    /** As {@link #startRun(RunInfo, Instruments)} with an explicit queue policy, queue capacity and batch size. */
    public RunRecorder startRun(RunInfo info, Instruments instruments, QueuePolicy policy, int queueCapacity,
            int batchSize) {
        Objects.requireNonNull(policy, "policy");
        long runId;
        try {
            runId = RunRows.insert(dataSource, info);
        } catch (SQLException e) {
            throw new StoreException("cannot record the start of run '" + info.specName() + "': " + e.getMessage(), e);
        }
        return new RunRecorder(runId, dataSource, instruments, policy, queueCapacity, batchSize);
    }

    /** Read access to stored runs. */
    public RunQueries queries() {
        return new RunQueries(dataSource);
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool; recorders still writing to it count their failed records. */
    @Override
    public void close() {
        dataSource.close();
    }
}
