package cascade.execution;

import cascade.market.EventType;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import cascade.market.MarketEvent;
import cascade.model.PortfolioView;
import java.util.Arrays;

/**
 * Our positions and account, derived from fills and funding only (one-way mode: one net position per
 * instrument). Realised PnL, the average entry price and the marking rule are the venue's: a reducing fill
 * realises sign(position) × (price − entry) × closed quantity; an increase moves the entry to the
 * quantity-weighted average (rounded half up to a price unit); a fill through zero closes, then opens the
 * rest at the fill price. Unrealised PnL uses the last trade price (the mark until a trade is seen, a bar's
 * close on bar data); a price only marks its instrument stale, and the PnL of stale instruments is worked
 * out when equity is next read, so a trade costs two array writes. Owned by the decision thread.
 */
public final class Portfolio implements PortfolioView {
    private final Instruments instruments;
    private long balanceUsd;
    private long feesUsd;
    private long fundingUsd;
    private long realisedUsd;
    private long unrealisedUsd;
    private int openPositions;
    private long[] qty = new long[8];
    private long[] entry = new long[8];
    private long[] lastPrice = new long[8];
    private long[] unrealised = new long[8];
    private boolean[] tradesSeen = new boolean[8];
    /** Instruments whose price moved since their unrealised PnL was last computed (done when equity is read). */
    private boolean[] stale = new boolean[8];
    private boolean anyStale;

    public Portfolio(Instruments instruments, long initialBalanceUsd) {
        this.instruments = instruments;
        this.balanceUsd = initialBalanceUsd;
    }

    /** Follows prices for marking: trades, marks until a trade is seen, bar closes. */
    public void onMarketEvent(MarketEvent e) {
        if (e.type == null || e.instrument < 0) {
            return;
        }
        switch (e.type) {
            case TRADE -> {
                ensure(e.instrument);
                tradesSeen[e.instrument] = true;
                mark(e.instrument, e.price);
            }
            case MARK_PRICE -> {
                ensure(e.instrument);
                if (!tradesSeen[e.instrument]) {
                    mark(e.instrument, e.price);
                }
            }
            case BAR -> mark(e.instrument, e.close());
            default -> {
            }
        }
    }

    /** True for the events that move equity through prices (the daily loss limit is checked on them). */
    public static boolean marksEquity(MarketEvent e) {
        return e.type == EventType.MARK_PRICE || e.type == EventType.BAR;
    }

    /**
     * Applies one fill of {@code qty} (positive) on {@code side} (+1 buy, −1 sell) at {@code price}, paying
     * {@code feeUsd}.
     */
    public void applyFill(int instrument, int side, long price, long fillQty, long feeUsd) {
        ensure(instrument);
        Instrument inst = instruments.get(instrument);
        long held = qty[instrument];
        long heldAbs = Math.abs(held);
        boolean reduces = held != 0 && Long.signum(held) != side;
        long closeQty = reduces ? Math.min(fillQty, heldAbs) : 0;
        long openQty = fillQty - closeQty;
        long realised = 0;
        if (closeQty > 0) {
            long diff = price - entry[instrument];
            realised = Long.signum(held) * Long.signum(diff) * Fixed.notionalUsd(closeQty, Math.abs(diff), inst);
        }
        long newQty = held + (long) side * fillQty;
        long newEntry;
        if (newQty == 0) {
            newEntry = 0;
        } else if (openQty == 0) {
            newEntry = entry[instrument];
        } else if (held != 0 && !reduces) {
            newEntry = averagePrice(entry[instrument], heldAbs, price, openQty);
        } else {
            newEntry = price;
        }
        if (held == 0 && newQty != 0) {
            openPositions++;
        } else if (held != 0 && newQty == 0) {
            openPositions--;
        }
        qty[instrument] = newQty;
        entry[instrument] = newEntry;
        realisedUsd += realised;
        feesUsd += feeUsd;
        balanceUsd += realised - feeUsd;
        if (lastPrice[instrument] == 0) {
            lastPrice[instrument] = price;
        }
        revalue(instrument);
    }

    /** Funding received (+) or paid (−). */
    public void applyFunding(long amountUsd) {
        balanceUsd += amountUsd;
        fundingUsd += amountUsd;
    }

    @Override
    public long qty(int instrument) {
        return instrument < qty.length ? qty[instrument] : 0;
    }

    @Override
    public long entryPrice(int instrument) {
        return instrument < entry.length ? entry[instrument] : 0;
    }

    @Override
    public long equityUsd() {
        if (anyStale) {
            for (int i = 0; i < stale.length; i++) {
                if (stale[i]) {
                    revalue(i);
                }
            }
            anyStale = false;
        }
        return balanceUsd + unrealisedUsd;
    }

    @Override
    public long balanceUsd() {
        return balanceUsd;
    }

    @Override
    public boolean anyOpen() {
        return openPositions > 0;
    }

    public long feesUsd() {
        return feesUsd;
    }

    public long fundingUsd() {
        return fundingUsd;
    }

    public long realisedUsd() {
        return realisedUsd;
    }

    /** A new price: the unrealised PnL is worked out when equity is next read, not on every trade. */
    private void mark(int instrument, long price) {
        ensure(instrument);
        lastPrice[instrument] = price;
        if (qty[instrument] != 0 || unrealised[instrument] != 0) {
            stale[instrument] = true;
            anyStale = true;
        }
    }

    private void revalue(int instrument) {
        stale[instrument] = false;
        long q = qty[instrument];
        long u = 0;
        if (q != 0) {
            long diff = lastPrice[instrument] - entry[instrument];
            u = Long.signum(q) * Long.signum(diff)
                    * Fixed.notionalUsd(Math.abs(q), Math.abs(diff), instruments.get(instrument));
        }
        unrealisedUsd += u - unrealised[instrument];
        unrealised[instrument] = u;
    }

    /** Quantity-weighted average of two prices, rounded half up to a price unit; exact for any size. */
    static long averagePrice(long priceA, long qtyA, long priceB, long qtyB) {
        return Fixed.multiplyAddDivide(priceA, qtyA, priceB, qtyB, Math.addExact(qtyA, qtyB));
    }

    private void ensure(int instrument) {
        if (instrument >= qty.length) {
            int n = Math.max(instrument + 1, qty.length * 2);
            qty = Arrays.copyOf(qty, n);
            entry = Arrays.copyOf(entry, n);
            lastPrice = Arrays.copyOf(lastPrice, n);
            unrealised = Arrays.copyOf(unrealised, n);
            tradesSeen = Arrays.copyOf(tradesSeen, n);
            stale = Arrays.copyOf(stale, n);
        }
    }
}
