package cascade.sim;

import cascade.market.EventType;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.market.Side;
import java.util.Arrays;

/**
 * Turns an event stream into bars per instrument, aligned to multiples of the bar length since the epoch
 * (4 h bars open at 00, 04 … UTC), in the development-set shape: OHLC from trades and mark prices, traded
 * USD, liquidated USD of longs (forced sells) and shorts (forced buys), open interest and last settled
 * funding as of the close (both carried forward when a bar saw no new value). A bar is handed to the sink
 * when the instrument's first event of a later bar arrives, or by {@link #finish(long)}.
 */
public final class BarAggregator implements EventSink {
    private static final long NONE = Long.MIN_VALUE;

    private final Instruments instruments;
    private final long barMs;
    private final BarSink sink;
    private final MarketEvent slot = new MarketEvent();
    private long[] openTime = new long[0];
    private long[] open = new long[0];
    private long[] high = new long[0];
    private long[] low = new long[0];
    private long[] close = new long[0];
    private long[] volume = new long[0];
    private long[] liqLong = new long[0];
    private long[] liqShort = new long[0];
    private long[] openInterest = new long[0];
    private long[] funding = new long[0];
    private boolean[] priced = new boolean[0];

    public BarAggregator(Instruments instruments, long barMs, BarSink sink) {
        if (barMs <= 0) {
            throw new IllegalArgumentException("bar length must be > 0 ms, was " + barMs);
        }
        this.instruments = instruments;
        this.barMs = barMs;
        this.sink = sink;
    }

    /** Adds one event; events of each instrument must come in non-decreasing time. */
    @Override
    public void accept(MarketEvent e) {
        EventType type = e.type;
        if (e.instrument < 0 || type == EventType.BAR || type == EventType.CLOCK || type == EventType.FILL) {
            return;
        }
        int i = e.instrument;
        if (i >= openTime.length) {
            grow(i + 1);
        }
        long barOpen = Math.floorDiv(e.timeMs, barMs) * barMs;
        if (openTime[i] != barOpen) {
            if (openTime[i] != NONE && barOpen < openTime[i]) {
                throw new IllegalStateException("event at " + e.timeMs + " is before the open bar " + openTime[i]
                        + " of instrument " + i + ": the source is out of order");
            }
            emit(i);
            openTime[i] = barOpen;
        }
        switch (type) {
            case TRADE -> {
                price(i, e.price);
                volume[i] += notional(i, e.qty, e.price);
            }
            case MARK_PRICE -> price(i, e.price);
            case LIQUIDATION -> {
                if (e.side == Side.SELL) {
                    liqLong[i] += notional(i, e.qty, e.price);
                } else {
                    liqShort[i] += notional(i, e.qty, e.price);
                }
            }
            case OPEN_INTEREST -> openInterest[i] = e.openInterest;
            case FUNDING -> funding[i] = e.fundingRate;
            default -> {
            }
        }
    }

    /** Hands out every open bar that closes at or before {@code endMs}; later (partial) bars are dropped. */
    public void finish(long endMs) {
        for (int i = 0; i < openTime.length; i++) {
            if (openTime[i] != NONE && openTime[i] + barMs <= endMs) {
                emit(i);
            }
            openTime[i] = NONE;
        }
    }

    private void price(int i, long p) {
        if (!priced[i]) {
            priced[i] = true;
            open[i] = p;
            high[i] = p;
            low[i] = p;
        } else {
            high[i] = Math.max(high[i], p);
            low[i] = Math.min(low[i], p);
        }
        close[i] = p;
    }

    private void emit(int i) {
        if (openTime[i] == NONE) {
            return;
        }
        if (!priced[i] && close[i] == 0) {
            resetBar(i);
            return;
        }
        if (!priced[i]) {
            open[i] = close[i];
            high[i] = close[i];
            low[i] = close[i];
        }
        slot.bar(i, openTime[i], openTime[i] + barMs, open[i], high[i], low[i], close[i]);
        slot.volumeUsd = volume[i];
        slot.liqLongUsd = liqLong[i];
        slot.liqShortUsd = liqShort[i];
        slot.openInterest = openInterest[i];
        slot.fundingRate = funding[i];
        sink.onBar(slot);
        resetBar(i);
    }

    private void resetBar(int i) {
        priced[i] = false;
        volume[i] = 0;
        liqLong[i] = 0;
        liqShort[i] = 0;
    }

    private long notional(int i, long qty, long price) {
        Instrument inst = instruments.get(i);
        return Fixed.notionalUsd(qty, price, inst);
    }

    private void grow(int n) {
        int from = openTime.length;
        openTime = Arrays.copyOf(openTime, n);
        Arrays.fill(openTime, from, n, NONE);
        open = Arrays.copyOf(open, n);
        high = Arrays.copyOf(high, n);
        low = Arrays.copyOf(low, n);
        close = Arrays.copyOf(close, n);
        volume = Arrays.copyOf(volume, n);
        liqLong = Arrays.copyOf(liqLong, n);
        liqShort = Arrays.copyOf(liqShort, n);
        openInterest = Arrays.copyOf(openInterest, n);
        Arrays.fill(openInterest, from, n, Fixed.UNKNOWN);
        funding = Arrays.copyOf(funding, n);
        Arrays.fill(funding, from, n, Fixed.UNKNOWN);
        priced = Arrays.copyOf(priced, n);
    }
}
