package cascade.sim;

import cascade.feed.EventSource;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic market as an {@link EventSource}: leveraged traders on many symbols, a price process with
 * forced-order impact, and the liquidations, trades, mark prices, funding settlements and open-interest
 * snapshots that follow, in non-decreasing event time across symbols. Cascades are not scripted: a move
 * crosses liquidation prices, the forced orders move the price, which crosses more.
 *
 * <p>Events are made one step at a time: first the step's boundary events (stamped at its start: mark price,
 * open interest, funding settlement), then the simulated step's liquidations and trades. The instruments
 * are registered on venue {@code "sim"}. Fully deterministic from {@link SimConfig#seed()}; steady state is
 * allocation-free (preallocated position arrays and event buffer, primitive state).
 */
public final class SimulatedMarket implements EventSource {
    /** Venue name of simulated instruments. */
    public static final String VENUE = "sim";

    private final SimConfig config;
    private final SimulationListener listener;
    private final MarketFactor market;
    private final SymbolSimulator[] symbols;
    private final List<Instrument> instruments;
    private final StepEventBuffer buffer;
    private final LiquidationTruth truth;
    private final long fundingIntervalMs;
    private boolean warmedUp;
    private boolean boundaryDone;
    private long stepStartMs;
    private long truthAsOfMs;
    private int cursor;

    public SimulatedMarket(SimConfig config, Instruments registry) {
        this(config, registry, SimulationListener.NONE);
    }

    /** @param listener sees every position open, close and liquidation (for checks and studies) */
    public SimulatedMarket(SimConfig config, Instruments registry, SimulationListener listener) {
        this.config = config;
        this.listener = listener;
        SplittableRandom master = new SplittableRandom(config.seed());
        List<SymbolSpec> specs = config.symbols();
        this.market = new MarketFactor(config, master.split(), shockTargets(config));
        this.symbols = new SymbolSimulator[specs.size()];
        List<Instrument> registered = new ArrayList<>();
        for (int i = 0; i < symbols.length; i++) {
            SymbolSpec s = specs.get(i);
            Instrument inst = registry.register(VENUE, s.symbol(), s.priceScale(), s.qtyScale());
            registered.add(inst);
            symbols[i] = new SymbolSimulator(config, i, inst.id(), master.split());
        }
        this.instruments = Collections.unmodifiableList(registered);
        this.buffer = new StepEventBuffer(config.stepMs());
        this.truth = new SimulatedTruth(symbols, registry, () -> truthAsOfMs);
        this.fundingIntervalMs = config.funding().intervalMs();
        this.stepStartMs = config.startMs();
    }

    @Override
    public boolean next(MarketEvent into) {
        while (cursor == buffer.size()) {
            if (!advance()) {
                return false;
            }
            cursor = 0;
        }
        buffer.read(cursor++, into);
        return true;
    }

    /** Fills the buffer with the next batch: a step's boundary events, then the step itself. */
    private boolean advance() {
        if (!warmedUp) {
            warmUp();
        }
        if (stepStartMs >= config.endMs()) {
            return false;
        }
        int stepMs = config.stepMs();
        buffer.reset(stepStartMs, stepMs);
        if (!boundaryDone) {
            boundary(stepStartMs, buffer);
            truthAsOfMs = stepStartMs;
            boundaryDone = true;
        } else {
            simulateStep(stepStartMs, buffer);
            stepStartMs += stepMs;
            truthAsOfMs = stepStartMs;
            boundaryDone = false;
        }
        buffer.sort();
        return true;
    }

    private void warmUp() {
        warmedUp = true;
        int stepMs = config.stepMs();
        long from = config.startMs() - config.traders().warmUpMs();
        for (SymbolSimulator s : symbols) {
            s.seedPositions(from - 1, listener);
        }
        for (long t = from; t < config.startMs(); t += stepMs) {
            if (t % fundingIntervalMs == 0) {
                for (SymbolSimulator s : symbols) {
                    s.settleFunding(null);
                }
            }
            simulateStep(t, null);
        }
        truthAsOfMs = config.startMs();
    }

    private void boundary(long timeMs, StepEventBuffer out) {
        boolean mark = timeMs % config.markIntervalMs() == 0;
        boolean oi = timeMs % config.oiIntervalMs() == 0;
        boolean funding = timeMs % fundingIntervalMs == 0;
        for (SymbolSimulator s : symbols) {
            if (mark) {
                s.emitMark(out);
            }
            if (oi) {
                s.emitOpenInterest(out);
            }
            if (funding) {
                s.settleFunding(out);
            }
        }
    }

    private void simulateStep(long timeMs, StepEventBuffer out) {
        market.step(timeMs, config.stepMs());
        for (SymbolSimulator s : symbols) {
            s.step(timeMs, config.stepMs(), market, out, listener);
        }
    }

    /** Ground truth: every open position's liquidation price, as of {@link LiquidationTruth#asOfMs()}. */
    public LiquidationTruth truth() {
        return truth;
    }

    /** The simulated instruments, in config order. */
    public List<Instrument> instruments() {
        return instruments;
    }

    public SimConfig config() {
        return config;
    }

    /** Position openings dropped because a symbol's position arrays were full (0 unless badly configured). */
    public long skippedOpens() {
        long n = 0;
        for (SymbolSimulator s : symbols) {
            n += s.skippedOpens();
        }
        return n;
    }

    @Override
    public double progress() {
        return Math.min(1, Math.max(0, (stepStartMs - config.startMs()) / (double) config.durationMs()));
    }

    @Override
    public String describe() {
        List<SymbolSpec> specs = config.symbols();
        String names = specs.size() <= 3 ? specs.stream().map(SymbolSpec::symbol).toList().toString()
                : specs.get(0).symbol() + " … " + specs.get(specs.size() - 1).symbol();
        return "simulator: " + specs.size() + " symbols (" + names + "), " + Instant.ofEpochMilli(config.startMs())
                + " + " + config.durationMs() / 60_000 + " min, seed " + config.seed();
    }

    private static int[] shockTargets(SimConfig config) {
        List<PriceShock> shocks = config.shocks();
        int[] targets = new int[shocks.size()];
        for (int i = 0; i < targets.length; i++) {
            String symbol = shocks.get(i).symbol();
            targets[i] = -1;
            for (int s = 0; s < config.symbols().size() && !PriceShock.ALL.equals(symbol); s++) {
                if (config.symbols().get(s).symbol().equals(symbol)) {
                    targets[i] = s;
                }
            }
        }
        return targets;
    }
}
