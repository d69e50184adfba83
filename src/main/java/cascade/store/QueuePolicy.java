package cascade.store;

/**
 * What {@link RunRecorder}'s record methods do when the writer thread is behind and the recorder's bounded
 * queue is full. Either way nothing is dropped and the writer writes in the order the records were made.
 */
public enum QueuePolicy {
    /**
     * The caller waits for queue space: the run slows to the database's pace. For backtests, where a slower
     * replay costs only time and a complete store is the point.
     */
    BACKPRESSURE,
    /**
     * The caller never waits: a record that finds the queue full goes to an unbounded in-memory spill behind
     * it, which the writer drains after the queue, in order. For paper and live runs, whose decision thread
     * must keep up with the market whatever the database does. The spill costs heap while the database is
     * behind; {@link RunRecorder#recordsSpilled()} and {@link RunRecorder#maxSpillDepth()} show how much.
     */
    NEVER_BLOCK;

    /** The policy a run of this kind gets unless its starter chooses one: backtests wait, paper and live never. */
    public static QueuePolicy defaultFor(RunKind kind) {
        return switch (kind) {
            case BACKTEST -> BACKPRESSURE;
            case PAPER, LIVE -> NEVER_BLOCK;
        };
    }
}
