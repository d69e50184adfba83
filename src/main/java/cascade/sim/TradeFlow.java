package cascade.sim;

import cascade.market.Side;
import java.util.SplittableRandom;

/**
 * The voluntary aggregate trades of one symbol in a step: Poisson arrivals whose rate follows the
 * volatility regime, prices along the step's path plus half a spread on the taker's side, aggressor
 * imbalance in the direction of the move, log-normal sizes. With coarser sampling fewer, larger trades
 * keep the traded volume.
 */
final class TradeFlow {
    private static final double SIZE_SIGMA = 0.9;
    private static final double HALF_SPREAD = 0.00005;

    private final int instrument;
    private final double ratePerMs;
    private final double meanTradeUsd;
    private final double qtyUnits;
    private final double priceUnits;

    TradeFlow(SimConfig config, SymbolSpec spec, int instrument) {
        this.instrument = instrument;
        double emittedPerSecond = spec.tradesPerSecond() * config.tradeSampling();
        PriceProcessSpec p = config.market();
        double meanActivity = Math.exp(-(p.volOfVol() * p.volOfVol() + p.idioVolOfVol() * p.idioVolOfVol()) / 2);
        this.ratePerMs = emittedPerSecond / 1000 / meanActivity;
        this.meanTradeUsd = emittedPerSecond > 0 ? spec.dailyVolumeUsd() / (emittedPerSecond * 86_400) : 0;
        this.qtyUnits = Math.pow(10, spec.qtyScale());
        this.priceUnits = Math.pow(10, spec.priceScale());
    }

    /**
     * Emits the step's trades into {@code out}, at millisecond offsets in [1, stepMs − 1].
     *
     * @param activity volatility multiplier: busier when the market is wild (rates are set so that the
     *     long-run mean rate is the symbol's {@code tradesPerSecond})
     * @param stdMove the step's move in standard deviations: the taker side leans with it
     */
    void emit(StepEventBuffer out, SplittableRandom rng, int stepMs, long fromPrice, long toPrice, double activity,
            double stdMove) {
        double rate = ratePerMs * activity;
        if (rate <= 0) {
            return;
        }
        double pBuy = 0.5 + 0.35 * Math.tanh(stdMove);
        double span = stepMs - 2;
        double t = rng.nextExponential() / rate;
        while (t < span) {
            double frac = t / span;
            double mid = fromPrice + (toPrice - fromPrice) * frac;
            Side side = rng.nextDouble() < pBuy ? Side.BUY : Side.SELL;
            long price = Math.max(1, Math.round(mid * (1 + side.sign * HALF_SPREAD)));
            double usd = meanTradeUsd * Math.exp(SIZE_SIGMA * rng.nextGaussian() - SIZE_SIGMA * SIZE_SIGMA / 2);
            long qty = Math.max(1, Math.round(usd / (price / priceUnits) * qtyUnits));
            out.addTrade(instrument, 1 + (int) t, side, price, qty);
            t += rng.nextExponential() / rate;
        }
    }
}
