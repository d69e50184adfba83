package cascade.report;

import cascade.model.Trade;

import cascade.model.RunObserver;
import cascade.model.Fill;
import cascade.model.FundingPayment;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Instruments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns fills and funding into closed round trips ({@link Trade}): a trade opens when a flat position
 * gets a fill and closes when it is flat again. A fill that flips the position closes one trade and
 * opens the next with the remainder; its fee is split in proportion. Funding paid or received while a
 * trade is open belongs to it.
 */
public final class TradeLedger implements RunObserver {
    private final Instruments instruments;
    private final Consumer<Trade> onClosed;
    private final Map<Integer, Open> open = new HashMap<>();
    private final List<Trade> trades = new ArrayList<>();

    public TradeLedger(Instruments instruments, Consumer<Trade> onClosed) {
        this.instruments = instruments;
        this.onClosed = onClosed;
    }

    public List<Trade> trades() {
        return trades;
    }

    /** True when some instrument has an open round trip. */
    public boolean anyOpen() {
        return !open.isEmpty();
    }

    @Override
    public void onFill(Fill f) {
        if (f.qty() <= 0) {
            return;
        }
        Instrument inst = instruments.get(f.instrument());
        double price = inst.price(f.price());
        double fee = Fixed.usd(f.feeUsd());
        int dir = f.side().sign;
        Open t = open.get(f.instrument());
        if (t == null) {
            open.put(f.instrument(), new Open(inst, f, dir, f.qty(), price, fee));
            return;
        }
        if (dir == t.direction) {
            t.add(f.qty(), price, fee);
            return;
        }
        long closing = Math.min(f.qty(), t.units);
        double closingFee = fee * closing / f.qty();
        t.reduce(closing, price, closingFee);
        if (t.units == 0) {
            open.remove(f.instrument());
            Trade trade = t.close(f, f.purpose().label());
            trades.add(trade);
            onClosed.accept(trade);
            long rest = f.qty() - closing;
            if (rest > 0) {
                open.put(f.instrument(), new Open(inst, f, dir, rest, price, fee - closingFee));
            }
        }
    }

    @Override
    public void onFunding(FundingPayment p) {
        Open t = open.get(p.instrument());
        if (t != null) {
            t.funding += Fixed.usd(p.amountUsd());
        }
    }

    /** A round trip in progress; quantities in instrument units so a flat position is exactly zero. */
    private static final class Open {
        final Instrument inst;
        final String symbol;
        final String mode;
        final String entryReason;
        final long entryDecision;
        final long entryTimeMs;
        final int direction;
        long units;
        long maxUnits;
        double entryNotional;
        double entryQty;
        double exitNotional;
        double exitQty;
        double gross;
        double fees;
        double funding;

        Open(Instrument inst, Fill f, int direction, long qty, double price, double fee) {
            this.inst = inst;
            this.symbol = inst.symbol();
            this.mode = f.mode();
            this.entryReason = f.purpose().label();
            this.entryDecision = f.decisionId();
            this.entryTimeMs = f.timeMs();
            this.direction = direction;
            add(qty, price, fee);
        }

        void add(long q, double price, double fee) {
            units += q;
            maxUnits = Math.max(maxUnits, units);
            double qty = inst.qty(q);
            entryNotional += qty * price;
            entryQty += qty;
            fees += fee;
        }

        void reduce(long q, double price, double fee) {
            double avgEntry = entryNotional / entryQty;
            double qty = inst.qty(q);
            gross += direction * (price - avgEntry) * qty;
            units -= q;
            exitNotional += qty * price;
            exitQty += qty;
            fees += fee;
        }

        Trade close(Fill last, String exitReason) {
            return new Trade(symbol, mode, direction, entryTimeMs, entryNotional / entryQty, last.timeMs(),
                    exitNotional / exitQty, inst.qty(maxUnits), gross, fees, funding, gross - fees + funding, entryReason,
                    exitReason, entryDecision, last.decisionId());
        }
    }
}
