package cascade.store;

import cascade.model.OrderState;

import cascade.model.Decision;
import cascade.model.Fill;
import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.model.Position;
import cascade.model.RejectReason;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.model.Trade;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one run, off the decision path. The engine thread calls the cheap methods below: each wraps its
 * (immutable) argument into an entry and puts it on a bounded queue; one writer thread drains the queue in
 * batches, in the order the records were made, one transaction per batch. When the queue is full the
 * recorder's {@link QueuePolicy} decides: {@link QueuePolicy#BACKPRESSURE} makes the caller wait,
 * {@link QueuePolicy#NEVER_BLOCK} returns at once and keeps the record in a spill that the writer drains
 * later ({@link #recordsSpilled()}, {@link #maxSpillDepth()}). Neither drops anything. A record that cannot
 * be stored is logged with its kind and counted in {@link #writeErrors()}; the caller never sees an
 * exception from the database and later records are still written.
 * <p>
 * {@link #flush()} and {@link #close()} wait until everything recorded before them (queued or spilled) is
 * written; {@code close} then stops the writer and logs what was written, spilled and what failed. Obtain
 * one from {@link RunStore#startRun}.
 */
public final class RunRecorder implements AutoCloseable {
    public static final int DEFAULT_QUEUE_CAPACITY = 8192;
    public static final int DEFAULT_BATCH_SIZE = 512;
    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);

    private final long runId;
    private final Instruments instruments;
    private final WriteErrors errors;
    private final RecordQueue queue;
    private final AtomicLong fillSeq = new AtomicLong();
    private final AtomicLong positionSeq = new AtomicLong();
    private final AtomicLong fundingSeq = new AtomicLong();
    private final AtomicLong decisionSeq = new AtomicLong();
    private final AtomicLong tradeSeq = new AtomicLong();
    private volatile boolean closed;

    RunRecorder(long runId, DataSource dataSource, Instruments instruments, QueuePolicy policy, int queueCapacity,
            int batchSize) {
        this.runId = runId;
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.errors = new WriteErrors(runId);
        this.queue = new RecordQueue(runId, dataSource, policy, queueCapacity, batchSize, errors);
    }

    /** The id of the run's row in the store. */
    public long runId() {
        return runId;
    }

    /** What the record methods do when the queue is full. */
    public QueuePolicy queuePolicy() {
        return queue.policy();
    }

    /** An order's status at {@code timeMs}; {@code reason} with DENIED and REJECTED, else null. */
    public void order(Order order, OrderState status, RejectReason reason, long timeMs) {
        Objects.requireNonNull(status, "status");
        Instrument instrument = instrument(order.instrument, "order");
        if (instrument != null) {
            queue.put(new OrderEntry(instrument, order, status, reason, timeMs));
        }
    }

    /** An execution; its instrument id is stored as venue and symbol. */
    public void fill(Fill fill) {
        Instrument instrument = instrument(fill.instrument(), "fill");
        if (instrument != null) {
            queue.put(new FillEntry(fillSeq.incrementAndGet(), instrument, fill));
        }
    }

    /** Funding settled on a position. */
    public void funding(FundingPayment payment) {
        Instrument instrument = instrument(payment.instrument(), "funding");
        if (instrument != null) {
            queue.put(new FundingEntry(fundingSeq.incrementAndGet(), instrument, payment));
        }
    }

    /** A snapshot of a position that just changed (its fields are copied now). */
    public void position(Position position, long timeMs) {
        Instrument instrument = instrument(position.instrument(), "position");
        if (instrument != null) {
            queue.put(PositionEntry.of(positionSeq.incrementAndGet(), instrument, position, timeMs));
        }
    }

    /** A decision with the readings behind it. */
    public void decision(Decision decision) {
        // the decision's own id when it follows on (every decision of a run is recorded, in order), so the
        // decision_seq of its orders and fills joins; otherwise the next number
        long seq = Math.max(decision.id(), decisionSeq.get() + 1);
        decisionSeq.set(seq);
        queue.put(DecisionEntry.of(seq, decision));
    }

    /** A closed round trip; its USD amounts are stored to the micro-dollar. */
    public void trade(Trade trade) {
        queue.put(new TradeEntry(tradeSeq.incrementAndGet(), Objects.requireNonNull(trade, "trade")));
    }

    /** Report metrics by name (NaN allowed) for the strategy and for buy-and-hold over the same period. */
    public void metrics(Map<String, Double> strategy, Map<String, Double> buyHold) {
        queue.put(MetricsEntry.of(strategy, buyHold));
    }

    /** How the run ended; {@code finishedMs} epoch ms. */
    public void runFinished(RunStatus status, long finishedMs) {
        queue.put(new RunFinishedEntry(Objects.requireNonNull(status, "status"), finishedMs));
    }

    /**
     * Blocks until everything recorded so far (queued or spilled) has been written or counted as failed.
     * Waits for the database: not for the decision thread of a paper or live run.
     */
    public void flush() {
        queue.flush();
    }

    /** Records that could not be stored so far (all kinds). */
    public long writeErrors() {
        return errors.total();
    }

    /** Records that could not be stored so far, by kind ("fill", "trade" …). */
    public Map<String, Long> writeErrorsByKind() {
        return errors.byKind();
    }

    /** Records written and committed so far. */
    public long recordsWritten() {
        return queue.written();
    }

    /**
     * Records that found the queue full and waited in the spill instead ({@link QueuePolicy#NEVER_BLOCK}
     * only; always 0 under {@link QueuePolicy#BACKPRESSURE}), over the whole run. They are written later, in
     * order; a spilled record is not a lost one.
     */
    public long recordsSpilled() {
        return queue.spilled();
    }

    /** The most records that waited in the spill at one time: how far the writer fell behind the queue. */
    public int maxSpillDepth() {
        return queue.maxSpillDepth();
    }

    /** Records waiting in the spill now. */
    public int spillDepth() {
        return queue.spillDepth();
    }

    /** Writes everything still queued or spilled, stops the writer thread and logs the outcome. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.close();
        String spilled = queue.spilled() == 0 ? ""
                : ", " + queue.spilled() + " of them spilled while the writer was behind (at most "
                        + queue.maxSpillDepth() + " at once)";
        if (errors.total() > 0) {
            LOG.warn("run {}: recorder closed, {} records written{}, {} NOT stored ({})", runId, queue.written(),
                    spilled, errors.total(), errors.summary());
        } else {
            LOG.info("run {}: recorder closed, {} records written{}", runId, queue.written(), spilled);
        }
    }

    private Instrument instrument(int id, String kind) {
        if (id >= 0 && id < instruments.size()) {
            return instruments.get(id);
        }
        errors.record(kind, "unknown instrument id " + id, null);
        return null;
    }
}
