package cascade.risk;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.model.Order;
import cascade.model.PortfolioView;
import cascade.model.RejectReason;
import cascade.state.MarketState;
import cascade.state.SymbolState;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The last check before an order leaves. Reduce-only orders (exits, stops, targets) always pass: no limit,
 * no halt and no error may leave a position unprotected or block its exit. Orders that open or increase a
 * position are checked against, in this order:
 * <ol>
 * <li>an engine error (any stage, any thread): entries halted for the rest of the run;</li>
 * <li>the trading state: the daily loss limit switches to {@link RiskState#REDUCING} (exits only) and, once
 *     flat, {@link RiskState#HALTED} until the next UTC day; it is evaluated for the whole account on every
 *     fill and every mark ({@link #onEquity});</li>
 * <li>the venue's status: no entries while it is disconnected or stale;</li>
 * <li>a price to trade on, no older than {@code maxPriceAge} (stale-price guard);</li>
 * <li>the price band: the order's own limit or stop price, the stop and target it will be protected
 *     with, and for a market order the last trade, each within {@code priceBand} of the mark;</li>
 * <li>the entry rate, notional per symbol and in total, leverage and the number of open positions.</li>
 * </ol>
 * Positions and equity come from the order book's portfolio, not from the venue. A denial is a
 * {@link RejectReason} value, counted per reason. Money here is computed in doubles: the limits are
 * fractions and caps in USD, and a double's relative error (about 1e-16) is far below any limit's meaning.
 */
public final class RiskGate {
    private static final long DAY_MS = 86_400_000L;
    private static final long MINUTE_MS = 60_000L;

    private final RiskLimits limits;
    private final Instruments instruments;
    private final MarketState market;
    private final PortfolioView portfolio;
    private final long[] entryTimes;
    private int entryHead;
    private final Map<RejectReason, Long> denials = new EnumMap<>(RejectReason.class);

    /** Set from any thread (a stage's exception handler); read by the decision thread. */
    private volatile boolean haltedForError;
    private volatile boolean venueDown;
    private RiskState state = RiskState.ACTIVE;
    private long day = Long.MIN_VALUE;
    private long dayStartEquityUsd;

    public RiskGate(RiskLimits limits, Instruments instruments, MarketState market, PortfolioView portfolio) {
        this.limits = limits;
        this.instruments = instruments;
        this.market = market;
        this.portfolio = portfolio;
        this.entryTimes = new long[limits.maxOrdersPerMinute()];
        Arrays.fill(entryTimes, Long.MIN_VALUE);
    }

    public RiskState state() {
        return haltedForError ? RiskState.HALTED : state;
    }

    /** True once an engine error halted entries. */
    public boolean haltedForError() {
        return haltedForError;
    }

    /** Counts of denials by reason so far. */
    public Map<RejectReason, Long> denials() {
        return denials;
    }

    /** An engine error in any stage: no new entries from now on; exits still go. Safe from any thread. */
    public void haltForError() {
        haltedForError = true;
    }

    /** The venue's connection: while it is down or stale no entries are sent. */
    public void venueAvailable(boolean available) {
        venueDown = !available;
    }

    /**
     * Tracks the daily loss limit for the whole account; called on every fill and every mark. The day's
     * reference is the equity at its first call of the UTC day; calls stamped with an earlier day (a bar's
     * fills carry its open time) count for the current day.
     */
    public void onEquity(long nowMs, long equityUsd, boolean anyPositionOpen) {
        long today = Math.floorDiv(nowMs, DAY_MS);
        if (today > day) {
            day = today;
            dayStartEquityUsd = equityUsd;
            state = RiskState.ACTIVE;
        }
        if (state == RiskState.ACTIVE && dayStartEquityUsd > 0
                && (dayStartEquityUsd - equityUsd) / (double) dayStartEquityUsd >= limits.dailyLossLimit()) {
            state = RiskState.REDUCING;
        }
        if (state == RiskState.REDUCING && !anyPositionOpen) {
            state = RiskState.HALTED;
        }
    }

    /**
     * Checks an order against every limit.
     *
     * @param projectedQty the signed position on the order's instrument once this order has filled
     * @param protectStop the stop price the entry will be protected with (0 for none)
     * @param protectTarget the target price likewise (0 for none)
     * @return null when the order may leave, else the reason it may not (counted)
     */
    public RejectReason check(Order order, long projectedQty, long protectStop, long protectTarget, long nowMs) {
        if (order.reduceOnly) {
            return null;
        }
        RejectReason reason = evaluate(order, projectedQty, protectStop, protectTarget, nowMs);
        if (reason != null) {
            denials.merge(reason, 1L, Long::sum);
        } else {
            entryTimes[entryHead] = nowMs;
            entryHead = (entryHead + 1) % entryTimes.length;
        }
        return reason;
    }

    /** Counts a denial decided elsewhere on the order path (instrument filters, sizing). */
    public void count(RejectReason reason) {
        denials.merge(reason, 1L, Long::sum);
    }

    private RejectReason evaluate(Order order, long projectedQty, long protectStop, long protectTarget, long nowMs) {
        if (haltedForError || state == RiskState.HALTED) {
            return RejectReason.RISK_HALTED;
        }
        if (state == RiskState.REDUCING) {
            return RejectReason.RISK_DAILY_LOSS_REDUCING;
        }
        if (venueDown) {
            return RejectReason.VENUE_UNAVAILABLE;
        }
        SymbolState s = market.get(order.instrument);
        long mark = s.referencePriceUnits();
        if (mark <= 0) {
            return RejectReason.NO_MARKET_PRICE;
        }
        if (limits.maxPriceAgeMs() > 0 && nowMs - s.lastQuoteTimeMs() > limits.maxPriceAgeMs()) {
            return RejectReason.RISK_STALE_PRICE;
        }
        long own = order.price() != 0 ? order.price() : s.lastPriceUnits;
        if (outsideBand(own, mark) || outsideBand(protectStop, mark) || outsideBand(protectTarget, mark)) {
            return RejectReason.RISK_PRICE_BAND;
        }
        if (entryTimes[entryHead] != Long.MIN_VALUE && nowMs - entryTimes[entryHead] < MINUTE_MS) {
            return RejectReason.RISK_ORDER_RATE;
        }
        Instrument inst = instruments.get(order.instrument);
        double symbolNotional = Math.abs(inst.qty(projectedQty)) * inst.price(mark);
        if (symbolNotional > limits.maxNotionalPerSymbolUsd()) {
            return RejectReason.RISK_MAX_NOTIONAL_SYMBOL;
        }
        double total = symbolNotional;
        int open = projectedQty != 0 ? 1 : 0;
        for (SymbolState other : market.all()) {
            int id = other.instrument.id();
            long qty = id == order.instrument ? 0 : portfolio.qty(id);
            if (qty != 0) {
                total += Math.abs(other.instrument.qty(qty)) * other.instrument.price(other.referencePriceUnits());
                open++;
            }
        }
        if (total > limits.maxNotionalTotalUsd()) {
            return RejectReason.RISK_MAX_NOTIONAL_TOTAL;
        }
        double equity = Fixed.usd(portfolio.equityUsd());
        if (equity <= 0 || total / equity > limits.maxLeverage()) {
            return RejectReason.RISK_MAX_LEVERAGE;
        }
        if (portfolio.qty(order.instrument) == 0 && open > limits.maxOpenPositions()) {
            return RejectReason.RISK_MAX_OPEN_POSITIONS;
        }
        return null;
    }

    private boolean outsideBand(long price, long mark) {
        return price != 0 && Math.abs(price - mark) > limits.priceBand() * mark;
    }
}
