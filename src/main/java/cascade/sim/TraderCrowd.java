package cascade.sim;

import cascade.market.Side;
import java.util.SplittableRandom;

/**
 * The leveraged traders of one symbol opening and closing positions. Positions arrive at a steady rate and
 * live an exponential holding time that shrinks with leverage, so the population hovers around its target
 * (mostly patient low-leverage holders) while high-leverage positions churn. A new position takes its side
 * from {@link SideChoice}, its leverage from the distribution, a Pareto-tailed size and its liquidation
 * price from the {@link MarginRule}.
 */
final class TraderCrowd {
    private static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;

    private final int instrument;
    private final LeverageDistribution leverage;
    private final LeverageDistribution standingLeverage;
    private final SideChoice sides;
    private final MarginRule margins;
    private final int population;
    private final double opensPerStep;
    private final double expMinusOpensPerStep;
    private final double[] hazardByClass;
    private final double[] entrySpreadByClass;
    private final double sizeAlpha;
    private final double sizeMin;
    private final double sizeMax;
    private final double qtyUnits;
    private final double priceUnits;
    private final int stepMs;
    private long skippedOpens;

    TraderCrowd(SimConfig config, SymbolSpec spec, int instrument) {
        TraderSpec t = config.traders();
        double stepSec = config.stepMs() / 1000.0;
        this.instrument = instrument;
        this.leverage = config.leverage();
        this.standingLeverage = leverage.reweighted(t::holdingSeconds);
        this.sides = new SideChoice(t, spec, stepSec);
        this.margins = new MarginRule(config.maintenanceMargin(), t.marginSpread(), t.volAdaptation());
        this.population = spec.traders();
        this.opensPerStep = spec.traders() * stepSec / leverage.mean(t::holdingSeconds);
        this.expMinusOpensPerStep = Math.exp(-opensPerStep);
        this.hazardByClass = new double[leverage.classes()];
        this.entrySpreadByClass = new double[leverage.classes()];
        for (int c = 0; c < hazardByClass.length; c++) {
            double holding = t.holdingSeconds(leverage.leverage(c));
            hazardByClass[c] = stepSec / holding;
            entrySpreadByClass[c] = spec.annualVol() * Math.sqrt(holding / SECONDS_PER_YEAR);
        }
        this.sizeAlpha = t.sizeTailAlpha();
        this.sizeMin = spec.meanPositionUsd() * (sizeAlpha - 1) / sizeAlpha;
        this.sizeMax = spec.meanPositionUsd() * 100;
        this.qtyUnits = Math.pow(10, spec.qtyScale());
        this.priceUnits = Math.pow(10, spec.priceScale());
        this.stepMs = config.stepMs();
    }

    /**
     * Seeds the population in its steady state before warm-up: leverages as they stand (weighted by how
     * long each is held) and entries spread over the price range of their holding time, so the first
     * liquidation map is smooth rather than one cluster per leverage. Positions already past their
     * liquidation price are left out.
     */
    void seed(PositionBook book, SplittableRandom rng, long price, long timeMs, SimulationListener listener) {
        for (int i = 0; i < population && !book.isFull(); i++) {
            Side side = Draws.chance(rng, sides.neutralLongProbability()) ? Side.BUY : Side.SELL;
            int c = standingLeverage.sampleClass(rng.nextDouble());
            long entry = Math.max(1, Math.round(price * Math.exp(entrySpreadByClass[c] * rng.nextGaussian())));
            long liq = margins.liquidationPrice(side, entry, margins.marginRate(rng, leverage.leverage(c), 1));
            boolean underWater = side == Side.BUY ? liq >= price : liq <= price;
            if (!underWater) {
                open(book, rng, side, entry, c, liq, timeMs, listener);
            }
        }
    }

    /**
     * Closes positions voluntarily, each with its class's per-step hazard: the number of closes is drawn
     * for the whole book, each close picks a class in proportion to its total hazard and then a random
     * position of it.
     */
    void closeSome(PositionBook book, SplittableRandom rng, long stepStartMs, SimulationListener listener) {
        double total = 0;
        for (int c = 0; c < hazardByClass.length; c++) {
            total += book.classCount(c) * hazardByClass[c];
        }
        int n = Draws.poisson(rng, total);
        long time = stepStartMs + stepMs - 1;
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble() * total;
            int c = 0;
            while (c < hazardByClass.length - 1 && (u -= book.classCount(c) * hazardByClass[c]) >= 0) {
                c++;
            }
            if (book.classCount(c) > 0) {
                int slot = book.classSlot(c, rng.nextInt(book.classCount(c)));
                book.remove(slot);
                listener.closed(instrument, time, book.id(slot), book.qty(slot));
            }
        }
    }

    /**
     * Opens this step's new positions at {@code price} (instrument units).
     *
     * @param volMultiplier the symbol's volatility regime (1 = normal): margins follow it
     */
    void openSome(PositionBook book, SplittableRandom rng, long price, double volMultiplier, long stepStartMs,
            SimulationListener listener) {
        sides.observe(price, rng);
        int n = Draws.poisson(rng, opensPerStep, expMinusOpensPerStep);
        if (n == 0) {
            return;
        }
        double pLong = sides.longProbability(price, book.crowding());
        double regime = margins.regimeScale(volMultiplier);
        long time = stepStartMs + stepMs - 1;
        for (int i = 0; i < n; i++) {
            if (book.isFull()) {
                skippedOpens++;
            } else {
                Side side = Draws.chance(rng, pLong) ? Side.BUY : Side.SELL;
                int c = leverage.sampleClass(rng.nextDouble());
                long liq = margins.liquidationPrice(side, price, margins.marginRate(rng, leverage.leverage(c), regime));
                open(book, rng, side, price, c, liq, time, listener);
            }
        }
    }

    private void open(PositionBook book, SplittableRandom rng, Side side, long entry, int leverageClass, long liq,
            long timeMs, SimulationListener listener) {
        double entryUsd = entry / priceUnits;
        double notionalUsd = Draws.pareto(rng, sizeMin, sizeAlpha, sizeMax);
        long qty = Math.max(1, Math.round(notionalUsd / entryUsd * qtyUnits));
        long notionalMicros = Math.round(qty / qtyUnits * entryUsd * 1e6);
        int lev = leverage.leverage(leverageClass);
        int slot = book.open(side, entry, qty, liq, leverageClass, lev, notionalMicros);
        listener.opened(instrument, timeMs, book.id(slot), side, entry, qty, liq, lev);
    }

    /** Openings dropped because the position arrays were full. */
    long skippedOpens() {
        return skippedOpens;
    }
}
