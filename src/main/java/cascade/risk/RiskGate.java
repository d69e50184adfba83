package cascade.risk;

import cascade.model.Order;
import cascade.model.OrderType;
import cascade.model.RejectReason;
import cascade.execution.Venue;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.state.MarketState;
import cascade.state.SymbolState;
import java.util.EnumMap;
import java.util.Map;

/**
 * The last check before an order leaves: hard limits on leverage, notional per symbol and in total, open
 * positions, entry order rate, a price band against the last mark (fat-finger guard), and the daily loss
 * limit that switches the engine to {@link RiskState#REDUCING} (exits only) and, once flat,
 * {@link RiskState#HALTED} until the next UTC day. Reduce-only orders (exits, stops, targets) are never
 * blocked except when the engine is halted for an error: a limit must not leave a position unprotected.
 * A denial is a {@link RejectReason} value, counted per reason.
 */
public final class RiskGate {
    private static final long DAY_MS = 86_400_000L;
    private static final long MINUTE_MS = 60_000L;

    private final RiskLimits limits;
    private final Instruments instruments;
    private final MarketState market;
    private final Venue venue;
    private final long[] entryTimes;
    private int entryHead;
    private final Map<RejectReason, Long> denials = new EnumMap<>(RejectReason.class);

    private RiskState state = RiskState.ACTIVE;
    private boolean haltedForError;
    private long day = Long.MIN_VALUE;
    private double dayStartEquity;

    public RiskGate(RiskLimits limits, Instruments instruments, MarketState market, Venue venue) {
        this.limits = limits;
        this.instruments = instruments;
        this.market = market;
        this.venue = venue;
        this.entryTimes = new long[limits.maxOrdersPerMinute()];
        java.util.Arrays.fill(entryTimes, Long.MIN_VALUE);
    }

    public RiskState state() {
        return state;
    }

    /** Counts of denials by reason so far. */
    public Map<RejectReason, Long> denials() {
        return denials;
    }

    /** An engine error: no new orders at all from now on. */
    public void haltForError() {
        haltedForError = true;
        state = RiskState.HALTED;
    }

    /** Tracks the daily loss limit; call on every decision cycle with the current equity. */
    public void onEquity(long nowMs, double equityUsd, boolean anyPositionOpen) {
        if (haltedForError) {
            return;
        }
        long today = Math.floorDiv(nowMs, DAY_MS);
        if (today != day) {
            day = today;
            dayStartEquity = equityUsd;
            state = RiskState.ACTIVE;
        }
        if (state == RiskState.ACTIVE && dayStartEquity > 0
                && (dayStartEquity - equityUsd) / dayStartEquity >= limits.dailyLossLimit()) {
            state = RiskState.REDUCING;
        }
        if (state == RiskState.REDUCING && !anyPositionOpen) {
            state = RiskState.HALTED;
        }
    }

    /**
     * Checks an order against every limit.
     *
     * @param projectedQty the signed position on the order's instrument once this order (and any exit sent
     *     with it) has filled
     * @return null when the order may leave, else the reason it may not (counted)
     */
    public RejectReason check(Order order, long projectedQty, long nowMs) {
        RejectReason reason = evaluate(order, projectedQty, nowMs);
        if (reason != null) {
            denials.merge(reason, 1L, Long::sum);
        } else if (!order.reduceOnly) {
            entryTimes[entryHead] = nowMs;
            entryHead = (entryHead + 1) % entryTimes.length;
        }
        return reason;
    }

    private RejectReason evaluate(Order order, long projectedQty, long nowMs) {
        if (haltedForError) {
            return RejectReason.RISK_HALTED;
        }
        if (order.reduceOnly) {
            return null;
        }
        if (state == RiskState.HALTED) {
            return RejectReason.RISK_HALTED;
        }
        if (state == RiskState.REDUCING) {
            return RejectReason.RISK_DAILY_LOSS_REDUCING;
        }
        SymbolState s = market.get(order.instrument);
        long ref = s.referencePriceUnits();
        if (ref <= 0) {
            return RejectReason.NO_MARKET_PRICE;
        }
        long orderPrice = order.type == OrderType.LIMIT ? order.limitPrice
                : order.type == OrderType.STOP_MARKET ? order.stopPrice : ref;
        if (Math.abs(orderPrice - ref) > limits.priceBand() * ref) {
            return RejectReason.RISK_PRICE_BAND;
        }
        if (entryTimes[entryHead] != Long.MIN_VALUE && nowMs - entryTimes[entryHead] < MINUTE_MS) {
            return RejectReason.RISK_ORDER_RATE;
        }
        Instrument inst = instruments.get(order.instrument);
        double symbolNotional = Math.abs(inst.qty(projectedQty)) * inst.price(ref);
        if (symbolNotional > limits.maxNotionalPerSymbolUsd()) {
            return RejectReason.RISK_MAX_NOTIONAL_SYMBOL;
        }
        double total = symbolNotional;
        int open = projectedQty != 0 ? 1 : 0;
        for (SymbolState other : market.all()) {
            int id = other.instrument.id();
            long qty = id == order.instrument ? 0 : venue.position(id).qty();
            if (qty != 0) {
                total += Math.abs(other.instrument.qty(qty)) * other.instrument.price(other.referencePriceUnits());
                open++;
            }
        }
        if (total > limits.maxNotionalTotalUsd()) {
            return RejectReason.RISK_MAX_NOTIONAL_TOTAL;
        }
        double equity = Fixed.usd(venue.equityUsd());
        if (equity <= 0 || total / equity > limits.maxLeverage()) {
            return RejectReason.RISK_MAX_LEVERAGE;
        }
        if (venue.position(order.instrument).qty() == 0 && open > limits.maxOpenPositions()) {
            return RejectReason.RISK_MAX_OPEN_POSITIONS;
        }
        return null;
    }
}
