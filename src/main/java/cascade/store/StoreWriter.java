package cascade.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recorder's writer thread: takes whatever is waiting (up to a batch, in put order), writes it with JDBC
 * batches in one transaction, and goes back for more. When a batch fails it is rolled back and written again one
 * entry per transaction, so a single bad record costs only itself; each entry that still fails is counted
 * in {@link WriteErrors} and the writer carries on.
 */
final class StoreWriter implements Runnable {
    /** Where the writer takes its entries from, oldest first. */
    interface Source {
        /** Waits until there is at least one entry, then moves up to {@code max} of them into the batch. */
        void takeBatch(List<StoreEntry> batch, int max) throws InterruptedException;

        /** Moves everything still waiting into {@code rest}, without waiting. */
        void drainRest(List<StoreEntry> rest);
    }

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    private static final int MAX_DESCRIPTION = 300;

    private final Source source;
    private final DataSource dataSource;
    private final long runId;
    private final int maxBatch;
    private final WriteErrors errors;
    private final AtomicLong written = new AtomicLong();

    StoreWriter(Source source, DataSource dataSource, long runId, int maxBatch, WriteErrors errors) {
        this.source = source;
        this.dataSource = dataSource;
        this.runId = runId;
        this.maxBatch = maxBatch;
        this.errors = errors;
    }

    /** Entries written and committed so far. */
    long written() {
        return written.get();
    }

    @Override
    public void run() {
        boolean running = true;
        while (running) {
            List<StoreEntry> batch = new ArrayList<>(maxBatch);
            try {
                source.takeBatch(batch, maxBatch);
            } catch (InterruptedException e) {
                // Nobody should interrupt the writer; if it happens, write what is waiting and stop.
                running = false;
            }
            running &= writeAndRelease(batch);
        }
        List<StoreEntry> rest = new ArrayList<>();
        source.drainRest(rest);
        for (int from = 0; from < rest.size(); from += maxBatch) {
            writeAndRelease(new ArrayList<>(rest.subList(from, Math.min(rest.size(), from + maxBatch))));
        }
    }

    /** Writes the batch's entries, then releases its barriers; false when one of them says stop. */
    private boolean writeAndRelease(List<StoreEntry> batch) {
        List<Barrier> barriers = new ArrayList<>();
        batch.removeIf(entry -> entry instanceof Barrier b && barriers.add(b));
        write(batch);
        boolean keepRunning = true;
        for (Barrier barrier : barriers) {
            keepRunning &= !barrier.stop();
            barrier.release();
        }
        return keepRunning;
    }

    private void write(List<StoreEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            commit(batch);
        } catch (SQLException | RuntimeException batchFailure) {
            LOG.debug("run {}: batch of {} failed, writing entries one by one", runId, batch.size(), batchFailure);
            for (StoreEntry entry : batch) {
                try {
                    commit(List.of(entry));
                } catch (SQLException | RuntimeException e) {
                    errors.record(entry.kind(), describe(entry), e);
                }
            }
        }
    }

    /** Writes the entries in one transaction; nothing of them stays when it throws. */
    private void commit(List<StoreEntry> entries) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (SqlBatch sql = new SqlBatch(connection)) {
                for (StoreEntry entry : entries) {
                    entry.writeTo(sql, runId);
                }
                sql.execute();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        }
        written.addAndGet(entries.size());
    }

    private static String describe(StoreEntry entry) {
        String text = entry.toString();
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION) + "…";
    }
}
