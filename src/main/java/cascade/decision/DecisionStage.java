package cascade.decision;

import cascade.market.Fixed;
import cascade.market.Instruments;
import cascade.model.Action;
import cascade.model.Decision;
import cascade.model.Fill;
import cascade.model.Order;
import cascade.model.OrderEvents;
import cascade.model.OrderGateway;
import cascade.model.OrderState;
import cascade.model.PortfolioView;
import cascade.model.RejectReason;
import cascade.model.RunObserver;
import cascade.risk.PositionSizer;
import cascade.state.MarketState;
import cascade.state.SymbolState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Stage 4 of the engine: runs each mode's decision cycle per symbol (at bar closes for bar modes, when
 * event time crosses the cycle for timed modes), hands the signal to the symbol's
 * {@link PositionManager}, and records every decision — numbered, so the orders it sent and their fills
 * point back to it — with the readings behind it. Order events from the book reach the symbol's manager
 * through here.
 */
public final class DecisionStage implements OrderEvents {
    private final List<ModeRunner> modes;
    private final Instruments instruments;
    private final MarketState market;
    private final OrderGateway orders;
    private final LongConsumer decisionIds;
    private final PositionSizer sizer;
    private final PortfolioView portfolio;
    private final RunObserver observer;
    private final List<PositionManager> positions = new ArrayList<>();
    private long tradeFromMs = Long.MIN_VALUE;
    private long lastDecisionId;
    private CycleLearner learner;

    /**
     * @param decisionIds told the id of each decision before it acts, so the orders it sends carry it
     */
    public DecisionStage(List<ModeRunner> modes, Instruments instruments, MarketState market, OrderGateway orders,
            LongConsumer decisionIds, PositionSizer sizer, PortfolioView portfolio, RunObserver observer) {
        this.modes = modes;
        this.instruments = instruments;
        this.market = market;
        this.orders = orders;
        this.decisionIds = decisionIds;
        this.sizer = sizer;
        this.portfolio = portfolio;
        this.observer = observer;
    }

    /**
     * Cycles before this event time only warm up (cards are not evaluated, nothing is decided or recorded):
     * a backtest from a date still fills its windows with the history before it.
     */
    public void tradeFrom(long timeMs) {
        this.tradeFromMs = timeMs;
    }

    /**
     * Tells a learner every decision with the symbol's price as it was decided, after the decision; the
     * learner may change the mode's weights for the next cycles (same thread). Null (the default) = none.
     */
    public void learner(CycleLearner learner) {
        this.learner = learner;
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
            positions.add(new PositionManager(instruments.get(positions.size()), orders, portfolio, sizer));
        }
        return positions.get(instrument);
    }

    /** True when some symbol has a position or an entry in flight. */
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
        if (learner != null) {
            learner.beforeCycle(mode, s.instrument.id(), s.instrument.symbol());
        }
        Signal signal = mode.evaluate(s, nowMs);
        PositionManager pm = position(s.instrument.id());
        long id = ++lastDecisionId;
        decisionIds.accept(id);
        double equity = Fixed.usd(portfolio.equityUsd());
        Action action = pm.onCycle(mode, signal, nowMs, equity, s);
        String reason = action == Action.DENIED || action == Action.GATED ? pm.lastDenial() : signal.leadingCard;
        Decision decision = new Decision(id, nowMs, s.instrument.symbol(), mode.name(), action, signal.composite,
                signal.confidence, reason, mode.snapshot(s.instrument.id()));
        observer.onDecision(decision);
        if (learner != null) {
            learner.onCycle(mode, s.instrument.id(), Fixed.toDouble(s.lastPriceUnits, s.instrument.priceScale()),
                    decision);
        }
    }

    @Override
    public void onFill(Order order, Fill fill) {
        position(fill.instrument()).onFill(order, fill);
    }

    @Override
    public void onFinished(Order order, OrderState state, RejectReason reason, long timeMs) {
        position(order.instrument).onFinished(order, state, reason, timeMs);
    }
}
