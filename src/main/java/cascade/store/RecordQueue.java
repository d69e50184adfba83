package cascade.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entries between the engine thread and the {@link StoreWriter} thread, in the order {@link #put} was
 * called, and that thread's life. A preallocated bounded queue holds them; what happens when it is full is
 * the {@link QueuePolicy}:
 * <ul>
 * <li>{@link QueuePolicy#BACKPRESSURE}: {@code put} waits for space.
 * <li>{@link QueuePolicy#NEVER_BLOCK}: {@code put} appends to the spill, an unbounded deque behind the queue,
 * and returns. While the spill holds anything every later entry goes to the spill too, and the writer takes
 * from the spill only once the queue is empty, so the writer sees exactly the put order. The decision to
 * queue or spill, and the writer's taking from the spill, happen under one lock that is never held while
 * waiting or writing.
 * </ul>
 * An entry that cannot be queued at all (closed, writer gone, caller interrupted) is counted in
 * {@link WriteErrors}, never dropped silently.
 */
final class RecordQueue {
    private static final Logger LOG = LoggerFactory.getLogger(RecordQueue.class);

    private final long runId;
    private final QueuePolicy policy;
    private final int capacity;
    private final Entries entries;
    private final WriteErrors errors;
    private final StoreWriter writer;
    private final Thread writerThread;
    private volatile boolean closed;

    RecordQueue(long runId, DataSource dataSource, QueuePolicy policy, int capacity, int batchSize,
            WriteErrors errors) {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("queue capacity and batch size must be positive");
        }
        this.runId = runId;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.capacity = capacity;
        this.entries = new Entries(capacity);
        this.errors = errors;
        this.writer = new StoreWriter(entries, dataSource, runId, batchSize, errors);
        this.writerThread = new Thread(writer, "store-writer-run-" + runId);
        writerThread.setDaemon(true);
        writerThread.start();
    }

    QueuePolicy policy() {
        return policy;
    }

    void put(StoreEntry entry) {
        if (closed) {
            errors.record(entry.kind(), "recorder already closed", null);
            return;
        }
        enqueue(entry);
    }

    /** Queues the entry by the policy; counts it as an error (barriers excepted) when it cannot be queued. */
    private boolean enqueue(StoreEntry entry) {
        String failure = policy == QueuePolicy.NEVER_BLOCK ? enqueueNeverBlocking(entry) : enqueueWaiting(entry);
        if (failure == null) {
            return true;
        }
        if (!(entry instanceof Barrier)) {
            errors.record(entry.kind(), failure, null);
        }
        return false;
    }

    private String enqueueNeverBlocking(StoreEntry entry) {
        Placement placement = entries.offerOrSpill(entry, writerThread);
        if (placement == Placement.FIRST_SPILL) {
            LOG.warn("run {}: the store writer is behind and its queue of {} is full: records now also wait in an"
                    + " in-memory spill, to be written in order later (none dropped; logged once per run)",
                    runId, capacity);
        }
        return placement == Placement.WRITER_GONE ? "writer thread has stopped" : null;
    }

    private String enqueueWaiting(StoreEntry entry) {
        try {
            while (!entries.offer(entry, 100, TimeUnit.MILLISECONDS)) {
                if (!writerThread.isAlive()) {
                    return "writer thread has stopped";
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for queue space";
        }
    }

    /** Blocks until everything put so far (queue and spill) has been written or counted as failed. */
    void flush() {
        if (!closed) {
            Barrier barrier = new Barrier(false);
            if (enqueue(barrier)) {
                barrier.await(writerThread);
            }
        }
    }

    /** Entries written and committed so far. */
    long written() {
        return writer.written();
    }

    /** Entries that found the queue full and went to the spill, over the recorder's life. */
    long spilled() {
        return entries.spilled();
    }

    /** The most entries that waited in the spill at one time. */
    int maxSpillDepth() {
        return entries.maxSpillDepth();
    }

    /** Entries waiting in the spill now. */
    int spillDepth() {
        return entries.spillDepth();
    }

    /**
     * Lets the writer finish what is queued and spilled, then waits for its thread to end; an entry put
     * concurrently with closing that the writer did not take is counted as an error. Idempotent.
     */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        enqueue(new Barrier(true));
        boolean interrupted = false;
        while (writerThread.isAlive()) {
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        List<StoreEntry> left = new ArrayList<>();
        entries.drainRest(left);
        for (StoreEntry entry : left) {
            if (!(entry instanceof Barrier)) {
                errors.record(entry.kind(), "put while the recorder was closing, after its writer had stopped", null);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** How {@link Entries#offerOrSpill} placed an entry. */
    enum Placement {
        QUEUED,
        /** spilled, and the first entry ever to spill */
        FIRST_SPILL,
        SPILLED,
        /** not placed: the spill would never be drained */
        WRITER_GONE
    }

    /** The bounded queue and the spill behind it: the writer's {@link StoreWriter.Source}. */
    static final class Entries implements StoreWriter.Source {
        private final ArrayBlockingQueue<StoreEntry> queue;
        private final Object lock = new Object();
        // guarded by lock
        private final ArrayDeque<StoreEntry> spill = new ArrayDeque<>();
        private int spillDepth;
        private int maxSpillDepth;
        private long spilled;

        Entries(int capacity) {
            this.queue = new ArrayBlockingQueue<>(capacity);
        }

        boolean offer(StoreEntry entry, long timeout, TimeUnit unit) throws InterruptedException {
            return queue.offer(entry, timeout, unit);
        }

        /**
         * Queues the entry when the spill is empty and the queue has room, else appends it to the spill.
         * Never waits (beyond this lock, which nobody holds while waiting or writing).
         */
        Placement offerOrSpill(StoreEntry entry, Thread writer) {
            synchronized (lock) {
                if (spill.isEmpty() && queue.offer(entry)) {
                    return Placement.QUEUED;
                }
                if (!writer.isAlive()) {
                    return Placement.WRITER_GONE;
                }
                spill.addLast(entry);
                if (entry instanceof Barrier) {
                    return Placement.SPILLED;
                }
                spillDepth++;
                maxSpillDepth = Math.max(maxSpillDepth, spillDepth);
                return ++spilled == 1 ? Placement.FIRST_SPILL : Placement.SPILLED;
            }
        }

        /**
         * Oldest first: the queue, and only when it is empty the head of the spill (no entry enters the queue
         * while the spill holds any, so the queue's entries are all older than the spill's).
         */
        @Override
        public void takeBatch(List<StoreEntry> batch, int max) throws InterruptedException {
            while (true) {
                if (queue.drainTo(batch, max) > 0) {
                    return;
                }
                synchronized (lock) {
                    if (!spill.isEmpty()) {
                        if (queue.isEmpty()) {
                            moveFromSpill(batch, max);
                            return;
                        }
                        continue; // older entries reached the queue first: take those
                    }
                }
                // Nothing anywhere. A put queues (the spill is empty and stays so until the queue is full),
                // which wakes this take.
                batch.add(queue.take());
                queue.drainTo(batch, max - 1);
                return;
            }
        }

        @Override
        public void drainRest(List<StoreEntry> rest) {
            synchronized (lock) {
                queue.drainTo(rest);
                moveFromSpill(rest, Integer.MAX_VALUE);
            }
        }

        private void moveFromSpill(List<StoreEntry> into, int max) {
            for (int n = 0; n < max && !spill.isEmpty(); n++) {
                StoreEntry entry = spill.removeFirst();
                if (!(entry instanceof Barrier)) {
                    spillDepth--;
                }
                into.add(entry);
            }
        }

        long spilled() {
            synchronized (lock) {
                return spilled;
            }
        }

        int maxSpillDepth() {
            synchronized (lock) {
                return maxSpillDepth;
            }
        }

        int spillDepth() {
            synchronized (lock) {
                return spillDepth;
            }
        }
    }
}
