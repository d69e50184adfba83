package cascade.sim;

import cascade.market.EventType;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;

/**
 * Scores a liquidation-map prediction made at {@code fromMs}: feed it the events that follow, and it
 * measures how much of the instrument's liquidated USD in [fromMs, fromMs + horizon) fell inside the
 * predicted clusters. Works on any event stream; with the simulator, {@link LiquidationTruth} gives the
 * perfect-information map to compare a card's prediction against.
 */
public final class LiquidationMapScorer implements EventSink {
    /** The horizon the liquidation-map card is judged on. */
    public static final long ONE_HOUR_MS = 3_600_000L;

    private final Instrument instrument;
    private final PriceClusters predicted;
    private final long fromMs;
    private final long toMs;
    private double insideUsd;
    private double totalUsd;
    private int liquidations;
    private int inside;

    public LiquidationMapScorer(Instruments instruments, int instrument, PriceClusters predicted, long fromMs,
            long horizonMs) {
        if (horizonMs <= 0) {
            throw new IllegalArgumentException("horizon must be > 0 ms, was " + horizonMs);
        }
        this.instrument = instruments.get(instrument);
        this.predicted = predicted;
        this.fromMs = fromMs;
        this.toMs = fromMs + horizonMs;
    }

    /** Scores over the next hour. */
    public static LiquidationMapScorer nextHour(Instruments instruments, int instrument, PriceClusters predicted,
            long fromMs) {
        return new LiquidationMapScorer(instruments, instrument, predicted, fromMs, ONE_HOUR_MS);
    }

    @Override
    public void accept(MarketEvent e) {
        if (e.type != EventType.LIQUIDATION || e.instrument != instrument.id() || e.timeMs < fromMs
                || e.timeMs >= toMs) {
            return;
        }
        double usd = Fixed.usd(Fixed.notionalUsd(e.qty, e.price, instrument));
        totalUsd += usd;
        liquidations++;
        if (predicted.contains(e.price)) {
            insideUsd += usd;
            inside++;
        }
    }

    /** True once an event at or past the end of the horizon has been seen by the caller's clock. */
    public boolean isComplete(long nowMs) {
        return nowMs >= toMs;
    }

    public ClusterScore score() {
        return new ClusterScore(insideUsd, totalUsd, liquidations, inside);
    }
}
