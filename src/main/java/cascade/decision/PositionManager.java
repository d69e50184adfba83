package cascade.decision;

import cascade.execution.Fill;
import cascade.execution.Order;
import cascade.execution.OrderRouter;
import cascade.execution.OrderTags;
import cascade.execution.RejectReason;
import cascade.market.Instrument;
import cascade.market.Side;
import cascade.risk.PositionSizer;

/**
 * Owns the net position of one symbol (one-way mode): turns a mode's signal into entries and exits and,
 * once an entry fills, places the protective stop and the target as reduce-only orders (the venue cancels
 * the survivor when the position goes flat). One mode at a time owns the position; the others hold.
 * <p>
 * Life cycle: FLAT → entry pending → OPEN (stop + target working) → exit pending → FLAT. An opposite
 * signal, when the profile allows it, exits and enters the other way in the same cycle.
 */
public final class PositionManager {
    private final Instrument inst;
    private final OrderRouter router;
    private final PositionSizer sizer;

    private ModeRunner owner;
    private long qty;
    private int entryDirection;
    private long entryOrderId;
    private long entryRemaining;
    private long exitOrderId;
    private long entryTimeMs;
    private double stopFraction;
    private double targetFraction;
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
     *     EXIT_OPPOSITE, HOLD, FLAT, CONFLICTED, PENDING, BUSY (another mode owns the position) or DENIED
     */
    public String onCycle(ModeRunner mode, Signal signal, long nowMs, double equityUsd, long priceUnits) {
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
            return enter(mode, dir, signal.confidence, nowMs, equityUsd, priceUnits, 0)
                    ? (dir > 0 ? "ENTER_LONG" : "ENTER_SHORT") : "DENIED";
        }
        int held = Long.signum(qty);
        if (nowMs - entryTimeMs >= mode.maxHoldMs()) {
            exit(mode, "exit-time", nowMs);
            return "EXIT_TIME";
        }
        if (mode.profile().exit().onOppositeSignal() && dir == -held) {
            exit(mode, "exit-opposite", nowMs);
            if (!signal.conflicted && enter(mode, dir, signal.confidence, nowMs, equityUsd, priceUnits, 0)) {
                return dir > 0 ? "REVERSE_LONG" : "REVERSE_SHORT";
            }
            return "EXIT_OPPOSITE";
        }
        return "HOLD";
    }

    private boolean enter(ModeRunner mode, int dir, double confidence, long nowMs, double equityUsd, long priceUnits,
            long positionAfterExit) {
        double stop = mode.profile().exit().stopFraction();
        long size = sizer.size(inst, equityUsd, priceUnits, stop, confidence);
        if (size <= 0) {
            lastDenial = RejectReason.RISK_ZERO_SIZE.name();
            return false;
        }
        Side side = dir > 0 ? Side.BUY : Side.SELL;
        Order order = Order.market(router.nextOrderId(), inst.id(), side, size, false, nowMs,
                OrderTags.of(mode.name(), OrderTags.ENTRY));
        RejectReason denial = router.submit(order, positionAfterExit + side.sign * size, nowMs);
        if (denial != null) {
            lastDenial = denial.name();
            return false;
        }
        owner = mode;
        entryDirection = dir;
        entryOrderId = order.id;
        entryRemaining = size;
        stopFraction = stop;
        targetFraction = mode.profile().exit().targetFraction();
        return true;
    }

    private void exit(ModeRunner mode, String purpose, long nowMs) {
        Side side = qty > 0 ? Side.SELL : Side.BUY;
        Order order = Order.market(router.nextOrderId(), inst.id(), side, Math.abs(qty), true, nowMs,
                OrderTags.of(mode.name(), purpose));
        if (router.submit(order, 0, nowMs) == null) {
            exitOrderId = order.id;
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
                protect(fill.price(), fill.timeMs());
            }
        }
        if (qty == 0 && entryOrderId == 0) {
            owner = null;
        }
    }

    /** The venue rejected one of our orders after risk let it through. */
    public void onReject(Order order, RejectReason reason) {
        if (order.id == entryOrderId) {
            entryOrderId = 0;
            lastDenial = reason.name();
        } else if (order.id == exitOrderId) {
            exitOrderId = 0;
        }
        if (qty == 0 && entryOrderId == 0) {
            owner = null;
        }
    }

    private void protect(long entryPrice, long timeMs) {
        if (qty == 0) {
            return;
        }
        Side close = qty > 0 ? Side.SELL : Side.BUY;
        long size = Math.abs(qty);
        long stopPrice = Math.round(entryPrice * (1 - entryDirection * stopFraction));
        long targetPrice = Math.round(entryPrice * (1 + entryDirection * targetFraction));
        String mode = owner.name();
        router.submit(Order.stopMarket(router.nextOrderId(), inst.id(), close, size, stopPrice, true, timeMs,
                OrderTags.of(mode, OrderTags.STOP)), 0, timeMs);
        router.submit(Order.limit(router.nextOrderId(), inst.id(), close, size, targetPrice, true, timeMs,
                OrderTags.of(mode, OrderTags.TARGET)), 0, timeMs);
    }
}
