package cascade.sim;

import cascade.market.MarketEvent;

/** Receives closed bars from a {@link BarAggregator}; the slot is reused, copy what you keep. */
@FunctionalInterface
public interface BarSink {
    void onBar(MarketEvent bar);
}
