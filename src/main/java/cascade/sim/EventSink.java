package cascade.sim;

import cascade.market.MarketEvent;

/** Consumes events one at a time; the slot may be reused after the call. */
@FunctionalInterface
public interface EventSink {
    void accept(MarketEvent event);
}
