package cascade.run;

import cascade.decision.DecisionStage;
import cascade.engine.EngineHandler;
import cascade.market.Fixed;
import cascade.market.MarketEvent;
import cascade.model.PortfolioView;
import cascade.report.Series;
import cascade.signal.ImbalanceCard;
import cascade.state.MarketState;
import cascade.state.SymbolState;

/**
 * Samples the run at decision cycles of the primary instrument: account equity, buy-and-hold of the
 * primary instrument from the first sample (price ratio, no costs), its price and its liquidation
 * imbalance ratio. Equity is the order book's portfolio (from fills, marked at the last prices).
 */
public final class RunMonitor implements EngineHandler.CycleListener {
    private final PortfolioView portfolio;
    private final MarketState market;
    private final DecisionStage decisions;
    private final long sampleStepMs;
    private final long imbalanceWindowMs;
    private final double initialEquity;

    private long sampleFromMs = Long.MIN_VALUE;
    private int primary = -1;
    private double firstPrice = Double.NaN;
    private long samples;
    private long samplesInMarket;
    private long firstMs = Long.MIN_VALUE;
    private long lastMs;

    public final Series equity = new Series("equity");
    public final Series buyAndHold = new Series("buy & hold");
    public final Series price = new Series("price");
    public final Series imbalance = new Series("imbalance");
    /** Every symbol's last price at each sample, once it has one (for per-symbol charts and the basket). */
    public final java.util.Map<String, Series> symbolPrices = new java.util.LinkedHashMap<>();

    /**
     * @param sampleStepMs sampling step for event data (clock ticks), ignored for bars (every bar close)
     * @param imbalanceWindowMs window of the imbalance sub-chart
     */
    public RunMonitor(PortfolioView portfolio, MarketState market, DecisionStage decisions, long sampleStepMs,
            long imbalanceWindowMs, double initialEquity) {
        this.portfolio = portfolio;
        this.market = market;
        this.decisions = decisions;
        this.sampleStepMs = sampleStepMs;
        this.imbalanceWindowMs = imbalanceWindowMs;
        this.initialEquity = initialEquity;
    }

    /** No samples (and no daily-loss tracking) before this event time: the warm-up. */
    public void sampleFrom(long timeMs) {
        this.sampleFromMs = timeMs;
    }

    @Override
    public void onBarClose(MarketEvent bar) {
        if (primary < 0) {
            primary = bar.instrument;
        }
        if (bar.instrument == primary) {
            sample(bar.timeMs);
        }
    }

    @Override
    public void onClock(long timeMs) {
        if (primary < 0 && !market.all().isEmpty()) {
            primary = 0;
        }
        if (primary >= 0 && sampleStepMs > 0 && timeMs % sampleStepMs == 0) {
            sample(timeMs);
        }
    }

    private void sample(long timeMs) {
        if (timeMs < sampleFromMs) {
            return;
        }
        SymbolState s = market.get(primary);
        if (Double.isNaN(s.lastPrice)) {
            return;
        }
        double eq = Fixed.usd(portfolio.equityUsd());
        boolean inMarket = decisions.anyPositionOpen();
        if (Double.isNaN(firstPrice)) {
            firstPrice = s.lastPrice;
            firstMs = timeMs;
        }
        samples++;
        if (inMarket) {
            samplesInMarket++;
        }
        lastMs = timeMs;
        equity.add(timeMs, eq);
        buyAndHold.add(timeMs, initialEquity * s.lastPrice / firstPrice);
        price.add(timeMs, s.lastPrice);
        imbalance.add(timeMs, ImbalanceCard.ratio(s, timeMs, imbalanceWindowMs));
        for (SymbolState other : market.all()) {
            if (!Double.isNaN(other.lastPrice)) {
                Series series = symbolPrices.computeIfAbsent(other.instrument.symbol(), Series::new);
                if (series.size() == 0 || series.time(series.size() - 1) < timeMs) {
                    series.add(timeMs, other.lastPrice);
                }
            }
        }
    }

    public int primaryInstrument() {
        return primary;
    }

    /** Share of samples with a position open. */
    public double timeInMarket() {
        return samples == 0 ? 0 : samplesInMarket / (double) samples;
    }

    public long firstSampleMs() {
        return firstMs;
    }

    public long lastSampleMs() {
        return lastMs;
    }
}
