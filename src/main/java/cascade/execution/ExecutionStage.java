package cascade.execution;

import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.model.Fill;
import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.model.OrderEvents;
import cascade.model.OrderState;
import cascade.model.Purpose;
import cascade.model.RejectReason;
import cascade.model.RunObserver;
import cascade.model.VenueStatus;
import cascade.risk.RiskGate;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies what a venue reports, on the decision thread, in one place: order acknowledgements, rejects,
 * cancels and expiries move the {@link OrderBook}; fills move the book and the {@link Portfolio} (once per
 * venue trade id); funding payments the portfolio; the venue's position and balance snapshots are compared
 * with the portfolio (a mismatch is counted and logged, never copied over it); the venue's status gates
 * entries. After each change the run observer records it, the position owner reacts, and the daily loss
 * limit sees the new equity.
 */
public final class ExecutionStage implements VenueEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionStage.class);
    private static final int MISMATCH_LOG_LIMIT = 5;

    private final Instruments instruments;
    private final OrderBook book;
    private final Portfolio portfolio;
    private final RiskGate gate;
    private final RunObserver observer;
    private OrderEvents owner;
    private final Set<Long> venueMadeTrades = new HashSet<>();
    private long externalFills;
    private long unknownEvents;
    private long positionMismatches;
    private long balanceMismatches;
    private long snapshots;
    private VenueStatus status = VenueStatus.CONNECTED;

    public ExecutionStage(Instruments instruments, OrderBook book, Portfolio portfolio, RiskGate gate,
            RunObserver observer) {
        this.instruments = instruments;
        this.book = book;
        this.portfolio = portfolio;
        this.gate = gate;
        this.observer = observer;
    }

    /** Who owns positions and reacts to order events (set once at wiring). */
    public void setOwner(OrderEvents owner) {
        this.owner = owner;
    }

    @Override
    public void onVenueEvent(MarketEvent e) {
        switch (e.type) {
            case FILL -> onFill(e);
            case ORDER_ACCEPTED -> {
                TrackedOrder t = tracked(e);
                if (t != null && book.accepted(t, e.venueOrderId, e.timeMs)) {
                    observer.onOrder(t.order, OrderState.ACCEPTED, null, e.timeMs);
                    owner.onAccepted(t.order, e.timeMs);
                }
            }
            case ORDER_REJECTED -> {
                TrackedOrder t = tracked(e);
                RejectReason reason = reason(e);
                if (t != null && book.rejected(t, reason, e.timeMs)) {
                    finished(t, reason, e.timeMs);
                }
            }
            case ORDER_CANCELLED -> {
                TrackedOrder t = tracked(e);
                if (t != null && book.cancelled(t, e.timeMs)) {
                    finished(t, null, e.timeMs);
                }
            }
            case ORDER_EXPIRED -> {
                TrackedOrder t = tracked(e);
                if (t != null && book.expired(t, e.timeMs)) {
                    finished(t, null, e.timeMs);
                }
            }
            case ORDER_UNKNOWN -> {
                TrackedOrder t = tracked(e);
                if (t != null && book.unknown(t, e.timeMs)) {
                    LOG.warn("order #{} ({}) is in an unknown state at {}: kept in flight until a report settles it",
                            t.order.id, t.order.clientId, e.timeMs);
                    observer.onOrder(t.order, OrderState.UNKNOWN, null, e.timeMs);
                }
            }
            case CANCEL_REJECTED -> {
                TrackedOrder t = tracked(e);
                if (t != null) {
                    book.cancelRejected(t, reason(e));
                    owner.onCancelRejected(t.order, reason(e), e.timeMs);
                }
            }
            case FUNDING_PAYMENT -> {
                portfolio.applyFunding(e.amountUsd);
                observer.onFunding(new FundingPayment(e.instrument, e.fundingTimeMs, e.qty, e.price, e.fundingRate,
                        e.amountUsd));
                gate.onEquity(e.timeMs, portfolio.equityUsd(), portfolio.anyOpen());
            }
            case POSITION_SNAPSHOT -> comparePosition(e);
            case BALANCE_SNAPSHOT -> compareBalance(e);
            case VENUE_STATUS -> {
                VenueStatus s = VenueStatus.ofCode(e.venueStatus);
                if (s != null && s != status) {
                    LOG.warn("venue status {} → {} at {}", status, s, e.timeMs);
                    status = s;
                    gate.venueAvailable(s == VenueStatus.CONNECTED);
                }
            }
            default -> unknownEvents++;
        }
    }

    private void onFill(MarketEvent e) {
        Side side = e.side;
        Order order = null;
        Fill fill;
        OrderState changed = null;
        TrackedOrder t = e.orderId == 0 || e.liquidation ? null : book.get(e.orderId);
        if (t != null) {
            OrderState before = t.state;
            if (!book.fill(t, e.tradeId, e.price, e.qty, e.timeMs)) {
                return;
            }
            order = t.order;
            changed = t.state != before ? t.state : null;
            fill = new Fill(order.id, e.tradeId, e.instrument, e.timeMs, side, e.price, e.qty, e.feeUsd, e.maker,
                    false, order.mode, order.purpose, order.decisionId);
        } else {
            if (!venueMadeTrades.add(e.tradeId)) {
                return;
            }
            boolean ours = e.orderId == 0 || e.liquidation;
            if (!ours) {
                externalFills++;
                LOG.warn("fill of an order the book does not know (#{}, trade {}): applied as external", e.orderId,
                        e.tradeId);
            }
            fill = new Fill(ours ? 0 : e.orderId, e.tradeId, e.instrument, e.timeMs, side, e.price, e.qty, e.feeUsd,
                    e.maker, ours, "", ours ? Purpose.LIQUIDATION : Purpose.EXTERNAL, 0);
        }
        portfolio.applyFill(e.instrument, side.sign, e.price, e.qty, e.feeUsd);
        observer.onFill(fill);
        observer.onPosition(e.instrument, portfolio.qty(e.instrument), portfolio.entryPrice(e.instrument), e.timeMs);
        if (changed != null) {
            observer.onOrder(order, changed, null, e.timeMs);
        }
        owner.onFill(order, fill);
        gate.onEquity(e.timeMs, portfolio.equityUsd(), portfolio.anyOpen());
    }

    private void finished(TrackedOrder t, RejectReason reason, long timeMs) {
        observer.onOrder(t.order, t.state, reason, timeMs);
        owner.onFinished(t.order, t.state, reason, timeMs);
    }

    private TrackedOrder tracked(MarketEvent e) {
        TrackedOrder t = book.get(e.orderId);
        if (t == null) {
            unknownEvents++;
            LOG.debug("{} for an order the book does not know: #{}", e.type, e.orderId);
        }
        return t;
    }

    private static RejectReason reason(MarketEvent e) {
        RejectReason r = RejectReason.ofCode(e.rejectCode);
        return r != null ? r : RejectReason.INVALID_ORDER;
    }

    private void comparePosition(MarketEvent e) {
        snapshots++;
        long ours = portfolio.qty(e.instrument);
        long entry = portfolio.entryPrice(e.instrument);
        if (ours != e.qty || (ours != 0 && entry != e.price)) {
            if (positionMismatches++ < MISMATCH_LOG_LIMIT) {
                LOG.warn("position of {} differs from the venue at {}: ours {} @ {}, venue {} @ {}",
                        instruments.get(e.instrument).symbol(), e.timeMs, ours, entry, e.qty, e.price);
            }
        }
    }

    private void compareBalance(MarketEvent e) {
        snapshots++;
        if (portfolio.balanceUsd() != e.amountUsd && balanceMismatches++ < MISMATCH_LOG_LIMIT) {
            LOG.warn("balance differs from the venue at {}: ours {} µUSD, venue {} µUSD", e.timeMs,
                    portfolio.balanceUsd(), e.amountUsd);
        }
    }

    /** Fills of orders the book does not know (applied to positions as external). */
    public long externalFills() {
        return externalFills;
    }

    /** Venue events naming an order the book never saw. */
    public long unknownEvents() {
        return unknownEvents;
    }

    /** Venue snapshots compared with the portfolio. */
    public long snapshots() {
        return snapshots;
    }

    /** Position snapshots that disagreed with the portfolio. */
    public long positionMismatches() {
        return positionMismatches;
    }

    /** Balance snapshots that disagreed with the portfolio. */
    public long balanceMismatches() {
        return balanceMismatches;
    }

    public VenueStatus status() {
        return status;
    }
}
