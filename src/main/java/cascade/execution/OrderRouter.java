package cascade.execution;

import cascade.market.Fixed;
import cascade.market.InstrumentFilters;
import cascade.market.Instruments;
import cascade.model.Order;
import cascade.model.OrderGateway;
import cascade.model.OrderState;
import cascade.model.RejectReason;
import cascade.model.RunObserver;
import cascade.risk.RiskGate;
import cascade.state.MarketState;

/**
 * Decision → order book → filters → risk → venue. Every order is recorded in the {@link OrderBook} before
 * anything else happens (PENDING_SUBMIT), made to fit the instrument's filters (quantity down to the lot
 * step, prices to the tick; an entry below the minimum quantity or notional, or above the maximum, is
 * refused), checked by the {@link RiskGate}, and only then marked SUBMITTED and handed to the venue. A
 * refusal is a value the caller gets back and the observer records (DENIED with its reason). The venue
 * never answers inside {@link #submit}.
 */
public final class OrderRouter implements OrderGateway {
    private final Venue venue;
    private final RiskGate gate;
    private final OrderBook book;
    private final Instruments instruments;
    private final MarketState market;
    private final RunObserver observer;
    private final ClientOrderIds ids;
    private long nextOrderId = 1;
    private long currentDecision;

    public OrderRouter(Venue venue, RiskGate gate, OrderBook book, Instruments instruments, MarketState market,
            RunObserver observer, ClientOrderIds ids) {
        this.venue = venue;
        this.gate = gate;
        this.book = book;
        this.instruments = instruments;
        this.market = market;
        this.observer = observer;
        this.ids = ids;
    }

    @Override
    public long nextOrderId() {
        return nextOrderId++;
    }

    @Override
    public String clientId(long orderId) {
        return ids.of(orderId);
    }

    @Override
    public long currentDecision() {
        return currentDecision;
    }

    /** The decision that orders sent from now on belong to (set by the decision stage per cycle). */
    public void decision(long decisionId) {
        this.currentDecision = decisionId;
    }

    @Override
    public RejectReason submit(Order requested, long projectedQty, long protectStop, long protectTarget,
            long nowMs) {
        InstrumentFilters filters = filters(requested.instrument);
        Order order = fit(requested, filters);
        TrackedOrder tracked = book.add(order);
        RejectReason denial = filterDenial(order, filters);
        if (denial != null) {
            gate.count(denial);
        } else {
            denial = gate.check(order, projectedQty, roundOrZero(protectStop, filters),
                    roundOrZero(protectTarget, filters), nowMs);
        }
        if (denial != null) {
            book.denied(tracked, denial, nowMs);
            observer.onOrder(order, OrderState.DENIED, denial, nowMs);
            return denial;
        }
        book.submitted(tracked, nowMs);
        observer.onOrder(order, OrderState.SUBMITTED, null, nowMs);
        venue.submit(order);
        return null;
    }

    @Override
    public void cancel(long orderId, long nowMs) {
        TrackedOrder t = book.get(orderId);
        if (t == null || t.state.isTerminal() || t.cancelRequested) {
            return;
        }
        t.cancelRequested = true;
        venue.cancel(t.order, nowMs);
    }

    @Override
    public OrderState state(long orderId) {
        return book.state(orderId);
    }

    @Override
    public long filledQty(long orderId) {
        TrackedOrder t = book.get(orderId);
        return t == null ? 0 : t.filledQty;
    }

    /** The venue's filters for an instrument when it reports them, else none beyond its precision. */
    public InstrumentFilters filters(int instrument) {
        InstrumentFilters reported = venue.filters(instrument);
        return reported != null ? reported : InstrumentFilters.none();
    }

    /** Quantity down to the step (reduce-only orders also clipped to the maximum), prices to the tick. */
    private static Order fit(Order order, InstrumentFilters f) {
        long qty = f.roundQty(order.qty);
        if (order.reduceOnly) {
            qty = Math.min(qty, f.roundQty(f.maxQty()));
        }
        Order fitted = order;
        if (qty != order.qty && qty > 0) {
            fitted = fitted.withQty(qty);
        }
        long limit = roundOrZero(order.limitPrice, f);
        long stop = roundOrZero(order.stopPrice, f);
        if (limit != order.limitPrice || stop != order.stopPrice) {
            fitted = fitted.withPrices(limit, stop);
        }
        return fitted;
    }

    private RejectReason filterDenial(Order order, InstrumentFilters f) {
        long qty = f.roundQty(order.qty);
        if (qty <= 0 || (!order.reduceOnly && qty < f.minQty())) {
            return RejectReason.FILTER_MIN_QTY;
        }
        if (order.reduceOnly) {
            return null;
        }
        if (qty > f.maxQty()) {
            return RejectReason.FILTER_MAX_QTY;
        }
        long price = order.price() != 0 ? order.price() : market.get(order.instrument).referencePriceUnits();
        if (f.minNotionalUsd() > 0 && price > 0
                && Fixed.notionalUsd(qty, price, instruments.get(order.instrument)) < f.minNotionalUsd()) {
            return RejectReason.FILTER_MIN_NOTIONAL;
        }
        return null;
    }

    private static long roundOrZero(long price, InstrumentFilters f) {
        return price == 0 ? 0 : f.roundPrice(price);
    }
}
