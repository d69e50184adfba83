package cascade.decision;

import cascade.market.Instrument;
import cascade.market.Side;
import cascade.model.Action;
import cascade.model.Fill;
import cascade.model.Order;
import cascade.model.OrderGateway;
import cascade.model.OrderState;
import cascade.model.OrderType;
import cascade.model.PortfolioView;
import cascade.model.Purpose;
import cascade.model.RejectReason;
import cascade.risk.BracketPlanner;
import cascade.risk.PositionSizer;
import cascade.state.SymbolState;
import cascade.strategy.ExitRules;

/**
 * Owns the net position of one symbol (one-way mode) and turns a mode's signal into orders; one mode at a
 * time owns the position, the others are BUSY. The position itself is the portfolio's, derived from fills.
 * <p>
 * Protection follows fills, so a position is never naked and never over-protected:
 * <ul>
 * <li>an entry leaves alone, with the stop and target prices planned (and checked by risk) at the decision;
 *     each fill of it places a reduce-only stop and target for the whole filled position, and replaces the
 *     previous pair once the new one is sent;</li>
 * <li>a reversal (an opposite signal, in one order through zero) keeps the old stop and target working
 *     until the reversal has filled past zero; only then are they cancelled and the new side protected. A
 *     rejected reversal leaves the old position and its protection exactly as they were;</li>
 * <li>an exit leaves as a reduce-only market order while the protection stays in place; what survives is
 *     cancelled once the position is flat;</li>
 * <li>a protective stop the venue refuses while the position is open (the price already crossed it) is
 *     replaced by a market exit.</li>
 * </ul>
 * Venue answers arrive as events after the request returns ({@link #onFill}, {@link #onFinished}); while an
 * entry or exit is in flight the symbol decides PENDING.
 */
public final class PositionManager {
    private final Instrument inst;
    private final OrderGateway orders;
    private final PortfolioView portfolio;
    private final PositionSizer sizer;
    private final BracketPlanner brackets = new BracketPlanner();

    private ModeRunner owner;
    /** The entry or reversal in flight (0 = none). */
    private long entryId;
    private boolean reversing;
    private long exitId;
    /** Protection of the current position. */
    private long stopId;
    private long targetId;
    /** Quantity the current stop and target cover. */
    private long protectedQty;
    /** Protection of the position a reversal in flight is closing; cancelled once the reversal crosses zero. */
    private long oldStopId;
    private long oldTargetId;
    private long plannedStop;
    private long plannedTarget;
    private long entryDecision;
    private long entryTimeMs;
    private String lastDenial = "";
    private RejectReason lastVenueReject;

    public PositionManager(Instrument inst, OrderGateway orders, PortfolioView portfolio, PositionSizer sizer) {
        this.inst = inst;
        this.orders = orders;
        this.portfolio = portfolio;
        this.sizer = sizer;
    }

    /** Signed position, from fills. */
    public long qty() {
        return portfolio.qty(inst.id());
    }

    /** Flat, with no entry in flight. */
    public boolean isFlat() {
        return qty() == 0 && entryId == 0;
    }

    /** Why the last entry was refused, for the decision's reason. */
    public String lastDenial() {
        return lastDenial;
    }

    /** The reason the venue gave when it last refused one of this symbol's entries, or null. */
    public RejectReason lastVenueReject() {
        return lastVenueReject;
    }

    /** Book ids of the working protection (0 when none): stop, target. For tests and the status page. */
    public long stopOrderId() {
        return stopId;
    }

    public long targetOrderId() {
        return targetId;
    }

    /**
     * Acts on one cycle's signal of one mode.
     *
     * @param equityUsd account equity for sizing
     * @return what the decision did
     */
    public Action onCycle(ModeRunner mode, Signal signal, long nowMs, double equityUsd, SymbolState state) {
        int dir = signal.direction(mode.profile().entryThreshold());
        if (owner != null && owner != mode) {
            return Action.BUSY;
        }
        if (entryId != 0 || exitId != 0) {
            return Action.PENDING;
        }
        long qty = qty();
        if (qty == 0) {
            owner = null;
            if (signal.conflicted) {
                return Action.CONFLICTED;
            }
            if (dir == 0) {
                return Action.FLAT;
            }
            if (mode.profile().entryOnTransition() && !signal.fresh) {
                return Action.NO_TRANSITION;
            }
            if (signal.entryBlocked != null) {
                lastDenial = signal.entryBlocked;
                return Action.GATED;
            }
            return enter(mode, dir, signal.confidence, nowMs, equityUsd, state, Purpose.ENTRY)
                    ? (dir > 0 ? Action.ENTER_LONG : Action.ENTER_SHORT) : Action.DENIED;
        }
        owner = mode;
        if (nowMs - entryTimeMs >= mode.maxHoldMs()) {
            exit(mode, Purpose.EXIT_TIME, nowMs);
            return Action.EXIT_TIME;
        }
        if (mode.profile().exit().onDeceleration() && signal.deceleration == Long.signum(qty)) {
            exit(mode, Purpose.EXIT_DECELERATION, nowMs);
            return Action.EXIT_DECELERATION;
        }
        if (mode.profile().exit().onOppositeSignal() && dir == -Long.signum(qty)) {
            if (!signal.conflicted && signal.entryBlocked == null
                    && enter(mode, dir, signal.confidence, nowMs, equityUsd, state, Purpose.REVERSE)) {
                return dir > 0 ? Action.REVERSE_LONG : Action.REVERSE_SHORT;
            }
            exit(mode, Purpose.EXIT_OPPOSITE, nowMs);
            return Action.EXIT_OPPOSITE;
        }
        return Action.HOLD;
    }

    /** Sends an entry (or, with a position open, a reversal through zero); protection follows its fills. */
    private boolean enter(ModeRunner mode, int dir, double confidence, long nowMs, double equityUsd,
            SymbolState state, Purpose purpose) {
        long priceUnits = state.referencePriceUnits();
        ExitRules exit = mode.profile().exit();
        double stop = exit.stopFor(confidence);
        double targetDistance = exit.targetFor(confidence);
        if (exit.useClusters()) {
            brackets.plan(state.liquidationMap, inst.price(priceUnits), dir, stop, targetDistance);
            stop = brackets.stop();
            targetDistance = brackets.target();
        }
        long size = sizer.size(inst, equityUsd, priceUnits, stop, confidence);
        if (size <= 0) {
            lastDenial = RejectReason.RISK_ZERO_SIZE.name();
            return false;
        }
        Side side = dir > 0 ? Side.BUY : Side.SELL;
        long stopPrice = Math.round(priceUnits * (1 - dir * stop));
        long targetPrice = Math.round(priceUnits * (1 + dir * targetDistance));
        long decision = orders.currentDecision();
        long id = orders.nextOrderId();
        Order order = new Order(id, orders.clientId(id), inst.id(), side, OrderType.MARKET, size + Math.abs(qty()), 0,
                0, false, nowMs, mode.name(), purpose, decision);
        // the state an answer will find is set before the request leaves: a venue that answers at once (inside
        // submit) must find this entry, not an older state
        ModeRunner previousOwner = owner;
        owner = mode;
        entryId = id;
        reversing = purpose == Purpose.REVERSE;
        plannedStop = stopPrice;
        plannedTarget = targetPrice;
        entryDecision = decision;
        long keptStop = stopId;
        long keptTarget = targetId;
        long keptQty = protectedQty;
        if (reversing) {
            oldStopId = stopId;
            oldTargetId = targetId;
            stopId = 0;
            targetId = 0;
            protectedQty = 0;
        }
        RejectReason denial = orders.submit(order, side.sign * size, stopPrice, targetPrice, nowMs);
        if (denial != null) {
            lastDenial = denial.name();
            owner = previousOwner;
            entryId = 0;
            reversing = false;
            stopId = keptStop;
            targetId = keptTarget;
            protectedQty = keptQty;
            oldStopId = 0;
            oldTargetId = 0;
            return false;
        }
        return true;
    }

    private void exit(ModeRunner mode, Purpose purpose, long nowMs) {
        long qty = qty();
        Side side = qty > 0 ? Side.SELL : Side.BUY;
        long id = orders.nextOrderId();
        Order order = new Order(id, orders.clientId(id), inst.id(), side, OrderType.MARKET, Math.abs(qty), 0, 0, true,
                nowMs, mode.name(), purpose, orders.currentDecision());
        exitId = id;
        if (orders.submit(order, 0, 0, 0, nowMs) != null && exitId == id) {
            exitId = 0;
        }
    }

    /** A fill on this symbol was applied to the portfolio. {@code order} is null for a venue-made fill. */
    public void onFill(Order order, Fill fill) {
        long qty = qty();
        long now = fill.timeMs();
        if (order != null && order.id == entryId) {
            int newSide = order.side.sign;
            boolean complete = orders.state(entryId) == OrderState.FILLED;
            if (Long.signum(qty) == newSide) {
                protect(qty, now, complete);
                if (reversing) {
                    cancelOldProtection(now);
                }
            }
            if (complete) {
                entryDone(now);
            }
        } else if (order != null && order.id == exitId && orders.state(exitId) == OrderState.FILLED) {
            exitId = 0;
        } else if (order != null && reversing && (order.id == oldStopId || order.id == oldTargetId)) {
            // the old position's stop or target traded while the reversal was on its way: the reversal was
            // sized to close that position too, so what is left of it would open more than was sized
            orders.cancel(entryId, now);
        }
        if (qty == 0 && entryId == 0) {
            flat(now);
        }
    }

    /** One of this symbol's orders ended without (completely) filling. */
    public void onFinished(Order order, OrderState state, RejectReason reason, long timeMs) {
        long id = order.id;
        long qty = qty();
        if (id == entryId) {
            if (state == OrderState.REJECTED) {
                lastVenueReject = reason;
            }
            if (Long.signum(qty) == order.side.sign) {
                protect(qty, timeMs, true); // what filled before the rest was dropped, protected in full
            }
            if (reversing && Long.signum(qty) != order.side.sign) {
                // the reversal did not cross zero: the old position keeps its protection
                stopId = oldStopId;
                targetId = oldTargetId;
                protectedQty = Math.abs(qty);
                oldStopId = 0;
                oldTargetId = 0;
            }
            entryDone(timeMs);
        } else if (id == exitId) {
            exitId = 0;
        } else if (id == stopId) {
            stopId = 0;
            if (state == OrderState.REJECTED && qty != 0 && exitId == 0 && owner != null) {
                exit(owner, Purpose.STOP, timeMs);
            }
        } else if (id == targetId) {
            targetId = 0;
        } else if (id == oldStopId) {
            oldStopId = 0;
        } else if (id == oldTargetId) {
            oldTargetId = 0;
        }
        if (qty == 0 && entryId == 0) {
            flat(timeMs);
        }
    }

    private void entryDone(long timeMs) {
        if (orders.filledQty(entryId) > 0) {
            entryTimeMs = timeMs;
        }
        entryId = 0;
        reversing = false;
    }

    /**
     * Places (or re-sizes) the stop and target for the whole position, then cancels the pair they replace.
     * While the entry is still filling, a re-size waits until the position has grown by a quarter over what
     * is protected (so an entry filled in many small pieces does not send a pair per piece: at least 80 % of
     * the position is covered all along); once the entry is done the protection covers all of it.
     */
    private void protect(long qty, long nowMs, boolean entryDone) {
        long size = Math.abs(qty);
        if (size == protectedQty && stopId != 0) {
            return;
        }
        if (!entryDone && protectedQty > 0 && stopId != 0 && size * 4 < protectedQty * 5) {
            return;
        }
        Side close = qty > 0 ? Side.SELL : Side.BUY;
        String mode = owner == null ? "" : owner.name();
        long previousStop = stopId;
        long previousTarget = targetId;
        protectedQty = size;
        long sid = orders.nextOrderId();
        Order stop = new Order(sid, orders.clientId(sid), inst.id(), close, OrderType.STOP_MARKET, size, 0, plannedStop,
                true, nowMs, mode, Purpose.STOP, entryDecision);
        stopId = sid;
        if (orders.submit(stop, 0, 0, 0, nowMs) != null && stopId == sid) {
            stopId = 0;
        }
        long tid = orders.nextOrderId();
        Order target = new Order(tid, orders.clientId(tid), inst.id(), close, OrderType.LIMIT, size, plannedTarget, 0,
                true, nowMs, mode, Purpose.TARGET, entryDecision);
        targetId = tid;
        if (orders.submit(target, 0, 0, 0, nowMs) != null && targetId == tid) {
            targetId = 0;
        }
        cancel(previousStop, nowMs);
        cancel(previousTarget, nowMs);
    }

    private void cancelOldProtection(long nowMs) {
        cancel(oldStopId, nowMs);
        cancel(oldTargetId, nowMs);
        oldStopId = 0;
        oldTargetId = 0;
    }

    /** Flat with nothing in flight: what protection survives is cancelled and the symbol is free again. */
    private void flat(long nowMs) {
        cancel(stopId, nowMs);
        cancel(targetId, nowMs);
        cancelOldProtection(nowMs);
        stopId = 0;
        targetId = 0;
        protectedQty = 0;
        if (exitId == 0) {
            owner = null;
        }
    }

    private void cancel(long orderId, long nowMs) {
        if (orderId != 0) {
            orders.cancel(orderId, nowMs);
        }
    }
}
