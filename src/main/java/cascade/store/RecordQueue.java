package cascade.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The bounded queue between the engine thread and the {@link StoreWriter} thread, and that thread's life.
 * A full queue makes {@link #put} wait (backpressure); an entry that cannot be queued at all (closed,
 * writer gone, caller interrupted) is counted in {@link WriteErrors}, never dropped silently.
 */
final class RecordQueue {
    private final BlockingQueue<StoreEntry> queue;
    private final WriteErrors errors;
    private final StoreWriter writer;
    private final Thread writerThread;
    private volatile boolean closed;

    RecordQueue(long runId, DataSource dataSource, int capacity, int batchSize, WriteErrors errors) {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("queue capacity and batch size must be positive");
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.errors = errors;
        this.writer = new StoreWriter(queue, dataSource, runId, batchSize, errors);
        this.writerThread = new Thread(writer, "store-writer-run-" + runId);
        writerThread.setDaemon(true);
        writerThread.start();
    }

    void put(StoreEntry entry) {
        if (closed) {
            errors.record(entry.kind(), "recorder already closed", null);
            return;
        }
        try {
            while (!queue.offer(entry, 100, TimeUnit.MILLISECONDS)) {
                if (!writerThread.isAlive()) {
                    errors.record(entry.kind(), "writer thread has stopped", null);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.record(entry.kind(), "interrupted while waiting for queue space", e);
        }
    }

    /** Blocks until everything queued so far has been written or counted as failed. */
    void flush() {
        if (!closed) {
            Barrier barrier = new Barrier(false);
            put(barrier);
            barrier.await(writerThread);
        }
    }

    /** Entries written and committed so far. */
    long written() {
        return writer.written();
    }

    /** Lets the writer finish what is queued, then waits for its thread to end. Idempotent. */
    void close() {
        if (closed) {
            return;
        }
        put(new Barrier(true));
        closed = true;
        boolean interrupted = false;
        while (writerThread.isAlive()) {
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
