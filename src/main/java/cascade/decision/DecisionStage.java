package cascade.decision;

import cascade.model.Decision;

import cascade.model.RunObserver;
import cascade.model.Fill;
import cascade.model.FundingPayment;
import cascade.model.Order;
import cascade.execution.OrderRouter;
import cascade.model.RejectReason;
import cascade.execution.Venue;
import cascade.model.VenueListener;
import cascade.market.Fixed;
import cascade.market.Instruments;
import cascade.risk.PositionSizer;
import cascade.state.MarketState;
import cascade.state.SymbolState;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 4 of the engine: runs each mode's decision cycle per symbol (at bar closes for bar modes, when
 * event time crosses the cycle for timed modes), hands the signal to the symbol's
 * {@link PositionManager}, and records every decision with the readings behind it.
 */
public final class DecisionStage implements VenueListener {
    private final List<ModeRunner> modes;
    private final Instruments instruments;
    private final MarketState market;
    private final OrderRouter router;
    private final PositionSizer sizer;
    private final Venue venue;
    private final RunObserver observer;
    private final List<PositionManager> positions = new ArrayList<>();
    private long tradeFromMs = Long.MIN_VALUE;

    public DecisionStage(List<ModeRunner> modes, Instruments instruments, MarketState market, OrderRouter router,
            PositionSizer sizer, Venue venue, RunObserver observer) {
        this.modes = modes;
        this.instruments = instruments;
        this.market = market;
        this.router = router;
        this.sizer = sizer;
        this.venue = venue;
        this.observer = observer;
        router.setDownstream(this);
    }

    /**
     * Cycles before this event time only warm up (cards are not evaluated, nothing is decided or recorded):
     * a backtest from a date still fills its windows with the history before it.
     */
    public void tradeFrom(long timeMs) {
        this.tradeFromMs = timeMs;
    }

    public List<ModeRunner> modes() {
        return modes;
    }

    /** A bar of one instrument closed: bar modes decide for it. */
    public void onBarClose(int instrument, long closeTimeMs) {
        for (ModeRunner mode : modes) {
            if (mode.dueAtBar()) {
                decide(mode, market.get(instrument), closeTimeMs);
            }
        }
    }

    /** Event time reached a clock boundary: timed modes whose cycle is due decide for every symbol. */
    public void onClock(long timeMs) {
        for (ModeRunner mode : modes) {
            if (mode.dueAtClock(timeMs)) {
                for (SymbolState s : market.all()) {
                    if (s.lastPriceUnits != 0) {
                        decide(mode, s, timeMs);
                    }
                }
            }
        }
    }

    public PositionManager position(int instrument) {
        while (positions.size() <= instrument) {
            positions.add(new PositionManager(instruments.get(positions.size()), router, sizer));
        }
        return positions.get(instrument);
    }

    public boolean anyPositionOpen() {
        for (PositionManager p : positions) {
            if (!p.isFlat()) {
                return true;
            }
        }
        return false;
    }

    private void decide(ModeRunner mode, SymbolState s, long nowMs) {
        if (nowMs < tradeFromMs) {
            return;
        }
        Signal signal = mode.evaluate(s, nowMs);
        PositionManager pm = position(s.instrument.id());
        double equity = Fixed.usd(venue.equityUsd());
        String action = pm.onCycle(mode, signal, nowMs, equity, s);
        String reason = action.equals("DENIED") || action.equals("GATED") ? pm.lastDenial() : signal.leadingCard;
        observer.onDecision(new Decision(nowMs, s.instrument.symbol(), mode.name(), action, signal.composite,
                signal.confidence, reason, mode.snapshot(s.instrument.id())));
    }

    @Override
    public void onFill(Fill fill) {
        position(fill.instrument()).onFill(fill);
    }

    @Override
    public void onReject(Order order, RejectReason reason, long timeMs) {
        position(order.instrument).onReject(order, reason);
    }

    @Override
    public void onCancel(Order order, long timeMs) {
        position(order.instrument).onCancel(order);
    }

    @Override
    public void onFunding(FundingPayment payment) {
    }
}
