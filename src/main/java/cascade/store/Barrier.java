package cascade.store;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A marker in the recorder's queue: the writer releases it once everything queued before it is written
 * (or counted as failed). A {@code stop} barrier also ends the writer.
 */
record Barrier(CountDownLatch done, boolean stop) implements StoreEntry {
    Barrier(boolean stop) {
        this(new CountDownLatch(1), stop);
    }

    @Override
    public String kind() {
        return "barrier";
    }

    @Override
    public void writeTo(SqlBatch batch, long runId) {
        // writes nothing: the writer releases it after the batch it arrived with
    }

    void release() {
        done.countDown();
    }

    /** Waits for release while the writer thread lives; false if the writer died first. */
    boolean await(Thread writer) {
        boolean interrupted = false;
        try {
            while (writer.isAlive()) {
                try {
                    if (done.await(100, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return done.getCount() == 0;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
