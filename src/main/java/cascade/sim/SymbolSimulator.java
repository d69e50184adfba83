package cascade.sim;

import cascade.market.Fixed;
import cascade.market.MarketEvent;
import java.util.SplittableRandom;

/**
 * One symbol of the simulated market, advanced step by step: move the price (diffusion, market factor,
 * jumps, last step's forced flow), liquidate what the move crossed, let traders close and open positions,
 * emit the voluntary trades, accrue funding. Has its own random stream, so symbols do not disturb each
 * other's sequences.
 */
final class SymbolSimulator {
    private final int index;
    private final int instrument;
    private final int qtyScale;
    private final SplittableRandom rng;
    private final PricePath path;
    private final PositionBook book;
    private final TraderCrowd crowd;
    private final LiquidationEngine liquidations;
    private final TradeFlow trades;
    private final FundingAccrual funding;
    private double pendingForcedUsd;

    SymbolSimulator(SimConfig config, int index, int instrument, SplittableRandom rng) {
        SymbolSpec spec = config.symbols().get(index);
        this.index = index;
        this.instrument = instrument;
        this.qtyScale = spec.qtyScale();
        this.rng = rng;
        this.path = new PricePath(config, spec, rng);
        this.book = new PositionBook(spec.positionCapacity(), config.leverage().classes());
        this.crowd = new TraderCrowd(config, spec, instrument);
        this.liquidations = new LiquidationEngine(spec, instrument);
        this.trades = new TradeFlow(config, spec, instrument);
        this.funding = new FundingAccrual(config.funding());
    }

    /** Seeds the position population in its steady state (before warm-up). */
    void seedPositions(long timeMs, SimulationListener listener) {
        crowd.seed(book, rng, path.price(), timeMs, listener);
    }

    /**
     * Simulates [stepStartMs, stepStartMs + stepMs).
     *
     * @param out receives the step's events; null during warm-up (nothing is emitted)
     */
    void step(long stepStartMs, int stepMs, MarketFactor market, StepEventBuffer out, SimulationListener listener) {
        long from = path.price();
        long to = path.step(rng, market, pendingForcedUsd, market.shock(index));
        pendingForcedUsd = liquidations.liquidate(book, from, to, stepStartMs, stepMs, out, listener);
        crowd.closeSome(book, rng, stepStartMs, listener);
        crowd.openSome(book, rng, to, path.volMultiplier(), stepStartMs, listener);
        if (out != null) {
            trades.emit(out, rng, stepMs, from, to, path.volMultiplier(), path.lastStdMove());
        }
        funding.accrue(book.crowding());
    }

    void emitMark(StepEventBuffer out) {
        out.addMark(instrument, path.price());
    }

    void emitOpenInterest(StepEventBuffer out) {
        out.addOpenInterest(instrument, openInterest());
    }

    /** Settles funding; emits the settlement when {@code out} is not null. */
    void settleFunding(StepEventBuffer out) {
        long rate = funding.settle();
        if (out != null) {
            out.addFunding(instrument, rate);
        }
    }

    /** Open interest: the sum of open position quantities in {@link MarketEvent#OI_SCALE} units of base. */
    long openInterest() {
        return Fixed.rescale(book.openQty(), qtyScale, MarketEvent.OI_SCALE);
    }

    int instrument() {
        return instrument;
    }

    long price() {
        return path.price();
    }

    PositionBook book() {
        return book;
    }

    long skippedOpens() {
        return crowd.skippedOpens();
    }
}
