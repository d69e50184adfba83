package cascade.state;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import cascade.map.MapConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2 of the engine: folds market events into per-symbol {@link SymbolState}. Symbols appear as the
 * source registers them; their state is created on the first event.
 */
public final class MarketState {
    private final Instruments instruments;
    private final long bucketMs;
    private final int bucketCapacity;
    private final int historyCapacity;
    private final MapConfig mapConfig;
    private final List<SymbolState> states = new ArrayList<>();

    /**
     * @param bucketMs liquidation bucket width: the bar length for bar data, the card evaluation step (10 s)
     *     for event data
     * @param bucketCapacity buckets kept: the longest window times the baseline length, plus one
     * @param historyCapacity samples kept of OI, funding and closes
     */
    public MarketState(Instruments instruments, long bucketMs, int bucketCapacity, int historyCapacity) {
        this(instruments, bucketMs, bucketCapacity, historyCapacity, MapConfig.DEFAULT);
    }

    /** As above, with the settings of every symbol's liquidation map. */
    public MarketState(Instruments instruments, long bucketMs, int bucketCapacity, int historyCapacity,
            MapConfig mapConfig) {
        this.instruments = instruments;
        this.bucketMs = bucketMs;
        this.bucketCapacity = bucketCapacity;
        this.historyCapacity = historyCapacity;
        this.mapConfig = mapConfig;
    }

    public long bucketMs() {
        return bucketMs;
    }

    /** @return the state of an instrument, created on first use */
    public SymbolState get(int instrumentId) {
        while (states.size() <= instrumentId) {
            Instrument inst = instruments.get(states.size());
            SymbolState created = new SymbolState(inst, bucketMs, bucketCapacity, historyCapacity, mapConfig);
            linkPeers(created);
            states.add(created);
        }
        return states.get(instrumentId);
    }

    /** Links a new state with the existing states of the same symbol on other venues. */
    private void linkPeers(SymbolState created) {
        Instrument inst = created.instrument;
        for (SymbolState other : states) {
            if (other.instrument.symbol().equals(inst.symbol()) && !other.instrument.venue().equals(inst.venue())) {
                other.addPeer(created);
                created.addPeer(other);
            }
        }
    }

    /** The states created so far (instruments that had at least one event). */
    public List<SymbolState> all() {
        return states;
    }

    public void onEvent(MarketEvent e) {
        if (e.instrument < 0) {
            return;
        }
        SymbolState s = get(e.instrument);
        Instrument inst = s.instrument;
        if (e.type != cascade.market.EventType.BAR) {
            s.liquidations.start(e.timeMs);
        }
        switch (e.type) {
            case LIQUIDATION -> {
                double usd = inst.price(e.price) * inst.qty(e.qty);
                boolean longLiquidated = e.side.liquidatesLong();
                s.liquidations.add(e.timeMs, longLiquidated ? usd : 0, longLiquidated ? 0 : usd);
                s.liquidationMap.onLiquidation(longLiquidated, usd);
            }
            case TRADE -> {
                price(s, e.price, e.timeMs);
                s.liquidationMap.onTrade(s.lastPrice, s.lastPrice * inst.qty(e.qty), e.side == Side.BUY);
            }
            case MARK_PRICE -> {
                s.markPriceUnits = e.price;
                s.markPriceTimeMs = e.timeMs;
                if (s.lastPriceUnits == 0) {
                    price(s, e.price, e.timeMs);
                }
                s.liquidationMap.onPrice(inst.price(e.price));
            }
            case FUNDING -> {
                if (e.fundingRate != Fixed.UNKNOWN) {
                    s.funding.add(e.fundingTimeMs, Fixed.toDouble(e.fundingRate, Fixed.RATE_SCALE));
                }
            }
            case OPEN_INTEREST -> {
                if (e.openInterest != Fixed.UNKNOWN) {
                    s.openInterest.add(e.timeMs, Fixed.toDouble(e.openInterest, MarketEvent.OI_SCALE));
                    s.liquidationMap.onOpenInterest(e.timeMs, oiOrNaN(e.openInterest), s.lastPrice);
                }
            }
            case BAR -> onBar(s, e);
            default -> {
            }
        }
    }

    /** On a clock tick (event data): records each symbol's last price as the close of the ending bucket. */
    public void onClock(long timeMs) {
        for (SymbolState s : states) {
            if (s.lastPriceUnits != 0) {
                s.closes.add(timeMs, s.lastPrice);
            }
        }
    }

    private void onBar(SymbolState s, MarketEvent e) {
        if (e.liqLongUsd != Fixed.UNKNOWN || e.liqShortUsd != Fixed.UNKNOWN) {
            s.liquidations.add(e.barOpenTimeMs, usdOrZero(e.liqLongUsd), usdOrZero(e.liqShortUsd));
        } else {
            s.liquidations.start(e.barOpenTimeMs);
        }
        if (e.openInterest != Fixed.UNKNOWN) {
            s.openInterest.add(e.timeMs, Fixed.toDouble(e.openInterest, MarketEvent.OI_SCALE));
        }
        if (e.fundingRate != Fixed.UNKNOWN) {
            s.funding.add(e.timeMs, Fixed.toDouble(e.fundingRate, Fixed.RATE_SCALE));
        }
        s.markPriceUnits = e.price;
        s.markPriceTimeMs = e.timeMs;
        price(s, e.price, e.timeMs);
        s.closes.add(e.timeMs, s.lastPrice);
        s.liquidationMap.onBar(e.timeMs, s.instrument.price(e.open), s.instrument.price(e.low),
                s.instrument.price(e.high), s.lastPrice, oiOrNaN(e.openInterest), usdOrZero(e.liqLongUsd),
                usdOrZero(e.liqShortUsd));
    }

    private static void price(SymbolState s, long units, long timeMs) {
        s.lastPriceUnits = units;
        s.lastPrice = s.instrument.price(units);
        s.lastPriceTimeMs = timeMs;
    }

    private static double oiOrNaN(long openInterest) {
        return openInterest == Fixed.UNKNOWN ? Double.NaN : Fixed.toDouble(openInterest, MarketEvent.OI_SCALE);
    }

    private static double usdOrZero(long micros) {
        return micros == Fixed.UNKNOWN ? 0 : Fixed.usd(micros);
    }
}
