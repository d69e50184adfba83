package cascade.state;

import cascade.market.Instrument;
import cascade.map.LiquidationMap;
import cascade.map.MapConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the cards may read about one instrument, updated by {@link MarketState} on the engine thread
 * only: rolling liquidation buckets, open-interest, funding and price history, last prices, and the
 * estimated liquidation map.
 */
public final class SymbolState {
    public final Instrument instrument;
    public final LiquidationBuckets liquidations;
    /** Open interest samples in the source's unit (use relative change). */
    public final SampleHistory openInterest;
    /** Settled (or, for bars, last known) funding rates as fractions per interval. */
    public final SampleHistory funding;
    /** Price at the end of each bucket (bar close for bar data): the trend input. */
    public final SampleHistory closes;
    /** Estimated liquidation prices of the positions opened since the start (for the liquidation-map card). */
    public final LiquidationMap liquidationMap;

    /** Last traded (or bar close) price as double, NaN before the first. */
    public double lastPrice = Double.NaN;
    /** Last price in the instrument's fixed point, 0 before the first. */
    public long lastPriceUnits;
    public long lastPriceTimeMs;
    /** Last mark price in fixed point, 0 when unknown. */
    public long markPriceUnits;
    /** Event time of the last mark price (a bar's close for bar data), 0 when none. */
    public long markPriceTimeMs;

    private final List<SymbolState> peers = new ArrayList<>(2);
    private final List<SymbolState> peersView = Collections.unmodifiableList(peers);

    public SymbolState(Instrument instrument, long bucketMs, int bucketCapacity, int historyCapacity) {
        this(instrument, bucketMs, bucketCapacity, historyCapacity, MapConfig.DEFAULT);
    }

    public SymbolState(Instrument instrument, long bucketMs, int bucketCapacity, int historyCapacity,
            MapConfig mapConfig) {
        this.instrument = instrument;
        this.liquidations = new LiquidationBuckets(bucketMs, bucketCapacity);
        this.openInterest = new SampleHistory(historyCapacity);
        this.funding = new SampleHistory(historyCapacity);
        this.closes = new SampleHistory(historyCapacity);
        this.liquidationMap = new LiquidationMap(mapConfig);
    }

    /**
     * The same symbol on other venues (bybit:BTCUSDT for binance:BTCUSDT), linked by {@link MarketState}
     * as states are created, so cards can compare venues.
     */
    public List<SymbolState> peers() {
        return peersView;
    }

    void addPeer(SymbolState peer) {
        peers.add(peer);
    }

    /** Event time of the freshest price seen, trade or mark (the stale-price guard reads it). */
    public long lastQuoteTimeMs() {
        return Math.max(lastPriceTimeMs, markPriceTimeMs);
    }

    /** Reference price for risk checks: mark when known, else last trade. */
    public long referencePriceUnits() {
        return markPriceUnits != 0 ? markPriceUnits : lastPriceUnits;
    }
}
