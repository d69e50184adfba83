package cascade.decision;

import cascade.model.Fill;
import cascade.model.Order;
import cascade.execution.OrderRouter;
import cascade.model.OrderTags;
import cascade.model.RejectReason;
import cascade.market.Instrument;
import cascade.market.Side;
import cascade.risk.BracketPlanner;
import cascade.risk.PositionSizer;
import cascade.state.SymbolState;
import cascade.strategy.ExitRules;

/**
 * Owns the net position of one symbol (one-way mode) and turns a mode's signal into orders. An entry
 * leaves as a bracket — the market order plus a reduce-only stop and target priced from the decision's
 * reference price — so the position is protected from its first fill on. The venue cancels the survivor
 * of stop and target when the position goes flat. One mode at a time owns the position; the others hold.
 * <p>
 * Life cycle: FLAT → entry pending → OPEN → exit pending → FLAT. An opposite signal, when the profile
 * allows it, reverses in one order (no flat moment, so the new bracket is not swept away).
 */
public final class PositionManager {
    private static final String REVERSE = "reverse";

    private final Instrument inst;
    private final OrderRouter router;
    private final PositionSizer sizer;
    private final BracketPlanner brackets = new BracketPlanner();

    private ModeRunner owner;
    private long qty;
    private long entryOrderId;
    private long entryRemaining;
    private long exitOrderId;
    private long stopOrderId;
    private long targetOrderId;
    private long entryTimeMs;
    private String lastDenial = "";

    public PositionManager(Instrument inst, OrderRouter router, PositionSizer sizer) {
        this.inst = inst;
        this.router = router;
        this.sizer = sizer;
    }

    /** Signed position as seen from our fills. */
    public long qty() {
        return qty;
    }

    public boolean isFlat() {
        return qty == 0 && entryOrderId == 0;
    }

    /** Why the last entry was denied, for the decision's reason. */
    public String lastDenial() {
        return lastDenial;
    }

    /**
     * Acts on one cycle's signal of one mode.
     *
     * @return the decision's action: ENTER_LONG, ENTER_SHORT, REVERSE_LONG, REVERSE_SHORT, EXIT_TIME,
     *     EXIT_OPPOSITE, EXIT_DECELERATION, HOLD, FLAT, CONFLICTED, NO_TRANSITION (the signal is not new),
     *     GATED (funding gate), PENDING, BUSY (another mode owns the position) or DENIED (risk)
     */
    public String onCycle(ModeRunner mode, Signal signal, long nowMs, double equityUsd, SymbolState state) {
        int dir = signal.direction(mode.profile().entryThreshold());
        if (owner != null && owner != mode) {
            return "BUSY";
        }
        if (entryOrderId != 0 || exitOrderId != 0) {
            return "PENDING";
        }
        if (qty == 0) {
            if (signal.conflicted) {
                return "CONFLICTED";
            }
            if (dir == 0) {
                return "FLAT";
            }
            if (mode.profile().entryOnTransition() && !signal.fresh) {
                return "NO_TRANSITION";
            }
            if (signal.entryBlocked != null) {
                lastDenial = signal.entryBlocked;
                return "GATED";
            }
            return enter(mode, dir, signal.confidence, nowMs, equityUsd, state, OrderTags.ENTRY)
                    ? (dir > 0 ? "ENTER_LONG" : "ENTER_SHORT") : "DENIED";
        }
        if (nowMs - entryTimeMs >= mode.maxHoldMs()) {
            exit(mode, "exit-time", nowMs);
            return "EXIT_TIME";
        }
        if (mode.profile().exit().onDeceleration() && signal.deceleration == Long.signum(qty)) {
            exit(mode, "exit-deceleration", nowMs);
            return "EXIT_DECELERATION";
        }
        if (mode.profile().exit().onOppositeSignal() && dir == -Long.signum(qty)) {
            if (!signal.conflicted && signal.entryBlocked == null
                    && enter(mode, dir, signal.confidence, nowMs, equityUsd, state, REVERSE)) {
                return dir > 0 ? "REVERSE_LONG" : "REVERSE_SHORT";
            }
            exit(mode, "exit-opposite", nowMs);
            return "EXIT_OPPOSITE";
        }
        return "HOLD";
    }

    /** Sends an entry (or, with a position open, a reversal through zero) with its stop and target. */
    private boolean enter(ModeRunner mode, int dir, double confidence, long nowMs, double equityUsd, SymbolState state,
            String purpose) {
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
        long orderQty = size + Math.abs(qty);
        Order order = Order.market(router.nextOrderId(), inst.id(), side, orderQty, false, nowMs,
                OrderTags.of(mode.name(), purpose));
        RejectReason denial = router.submit(order, side.sign * size, nowMs);
        if (denial != null) {
            lastDenial = denial.name();
            return false;
        }
        cancelBracket(nowMs);
        owner = mode;
        entryOrderId = order.id;
        entryRemaining = orderQty;
        long stopPrice = Math.round(priceUnits * (1 - dir * stop));
        long targetPrice = Math.round(priceUnits * (1 + dir * targetDistance));
        Side close = side.opposite();
        Order stopOrder = Order.stopMarket(router.nextOrderId(), inst.id(), close, size, stopPrice, true, nowMs,
                OrderTags.of(mode.name(), OrderTags.STOP));
        Order targetOrder = Order.limit(router.nextOrderId(), inst.id(), close, size, targetPrice, true, nowMs,
                OrderTags.of(mode.name(), OrderTags.TARGET));
        stopOrderId = router.submit(stopOrder, 0, nowMs) == null ? stopOrder.id : 0;
        targetOrderId = router.submit(targetOrder, 0, nowMs) == null ? targetOrder.id : 0;
        return true;
    }

    private void exit(ModeRunner mode, String purpose, long nowMs) {
        cancelBracket(nowMs);
        Side side = qty > 0 ? Side.SELL : Side.BUY;
        Order order = Order.market(router.nextOrderId(), inst.id(), side, Math.abs(qty), true, nowMs,
                OrderTags.of(mode.name(), purpose));
        if (router.submit(order, 0, nowMs) == null) {
            exitOrderId = order.id;
        }
    }

    private void cancelBracket(long nowMs) {
        if (stopOrderId != 0) {
            router.cancel(stopOrderId, nowMs);
            stopOrderId = 0;
        }
        if (targetOrderId != 0) {
            router.cancel(targetOrderId, nowMs);
            targetOrderId = 0;
        }
    }

    /** A fill of one of this symbol's orders (or the venue liquidating us). */
    public void onFill(Fill fill) {
        qty += fill.side().sign * fill.qty();
        if (fill.orderId() == exitOrderId) {
            exitOrderId = 0;
        }
        if (fill.orderId() == entryOrderId) {
            entryRemaining -= fill.qty();
            if (entryRemaining <= 0) {
                entryOrderId = 0;
                entryTimeMs = fill.timeMs();
            }
        }
        if (qty == 0 && entryOrderId == 0) {
            owner = null;
            stopOrderId = 0;
            targetOrderId = 0;
        }
    }

    /** The venue rejected one of our orders after risk let it through. */
    public void onReject(Order order, RejectReason reason) {
        if (order.id == entryOrderId) {
            entryOrderId = 0;
            lastDenial = reason.name();
        } else if (order.id == exitOrderId) {
            exitOrderId = 0;
        } else if (order.id == stopOrderId) {
            stopOrderId = 0;
        } else if (order.id == targetOrderId) {
            targetOrderId = 0;
        }
        if (qty == 0 && entryOrderId == 0) {
            owner = null;
        }
    }

    /** The venue cancelled one of our orders (e.g. the bracket's survivor once flat). */
    public void onCancel(Order order) {
        if (order.id == stopOrderId) {
            stopOrderId = 0;
        } else if (order.id == targetOrderId) {
            targetOrderId = 0;
        }
    }
}
