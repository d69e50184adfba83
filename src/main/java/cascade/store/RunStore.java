package cascade.store;

import cascade.config.StoreConfig;

import cascade.market.Instruments;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The run store: an embedded H2 database behind a small HikariCP pool, its schema migrated on open. One
 * store serves many runs; each run is recorded through its own {@link RunRecorder} and read back through
 * {@link #queries()}.
 */
public final class RunStore implements AutoCloseable {
    private static final int POOL_SIZE = 3;
    private static final int IN_USE_ATTEMPTS = 20;
    /** H2's system property for the address its servers bind to. */
    private static final String BIND_ADDRESS = "h2.bindAddress";
    private static final long IN_USE_WAIT_MS = 250;

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
        // the automatic server listens on every interface unless told otherwise: keep it to this machine
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
        String url = shared(config.jdbcUrl());
        boolean exclusive = !url.equals(config.jdbcUrl()) ? false
                : url.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER=FALSE");
        for (int attempt = 1;; attempt++) {
            try {
                return tryOpen(config, url);
            } catch (RuntimeException e) {
                // two processes creating a new store at the same moment: the second finds the file locked before
                // the first serves it; it is served a moment later
                if (!inUse(e) || exclusive || attempt == IN_USE_ATTEMPTS) {
                    throw new StoreException(!inUse(e)
                            ? "cannot open the run store at " + config.jdbcUrl() + ": " + e.getMessage()
                            : "the run store at " + config.jdbcUrl() + " is in use by another process"
                                    + (exclusive ? " and cannot be shared (its url sets AUTO_SERVER=FALSE)" : "")
                                    + ": wait for that run to finish, run with --no-store, or point store.jdbcUrl in"
                                    + " config/cascade.yml at another file", e);
                }
                try {
                    Thread.sleep(IN_USE_WAIT_MS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while waiting for the run store", interrupted);
                }
            }
        }
    }

    private static RunStore tryOpen(StoreConfig config, String url) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
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
            throw e;
        }
    }

    /**
     * A file store is opened in H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}) unless the url says
     * otherwise: the first process opens the file and serves it on a loopback TCP port guarded by a random key
     * kept in the lock file; later processes connect through it, so two Cascade runs on one machine both
     * record. In-memory stores are private to their JVM and left as they are.
     */
    static String shared(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:file:") || jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(
                "AUTO_SERVER=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";AUTO_SERVER=TRUE";
    }

    private static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
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

    /**
     * Records what a finished run adds: the data as read, the period sampled, its report folder and summary.
     *
     * @throws StoreException when it cannot be written
     */
    public void recordDetails(long runId, RunDetails details) {
        try {
            RunHousekeeping.recordDetails(dataSource, runId, details);
        } catch (SQLException e) {
            throw new StoreException("cannot record the details of run " + runId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes these runs and everything recorded for them, in one transaction.
     *
     * @return the ids that existed and were deleted, in the order given
     */
    public List<Long> deleteRuns(List<Long> runIds) {
        try {
            return RunHousekeeping.delete(dataSource, runIds);
        } catch (SQLException e) {
            throw new StoreException("cannot delete runs " + runIds + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes all runs but the newest {@code keep} (by id), except runs still RUNNING (another process may be
     * recording them); returns the deleted ids, oldest first.
     */
    public List<Long> prune(int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("keep must not be negative, was " + keep);
        }
        try {
            return RunHousekeeping.delete(dataSource, RunHousekeeping.allButNewest(dataSource, keep));
        } catch (SQLException e) {
            throw new StoreException("cannot prune the run store: " + e.getMessage(), e);
        }
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
        // write everything to the file before the pool lets go of it: Hikari closes its connections on a
        // thread of its own, and a store opened again at once in this process must not find an older file
        if (dataSource.getJdbcUrl().startsWith("jdbc:h2:file:")) {
            try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            } catch (java.sql.SQLException e) {
                org.slf4j.LoggerFactory.getLogger(RunStore.class).warn("run store checkpoint on close failed: {}",
                        e.getMessage());
            }
        }
        dataSource.close();
    }
}
