package cascade.execution.sim;

import cascade.model.Order;
import cascade.model.RejectReason;
import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Side;

/**
 * Turns a triggered order into a fill: reduce-only clipping, the margin check, fees, slippage, position netting
 * and the reports to the listener. Also performs our own liquidation and cancels. The matchers decide when and
 * at which reference price; this class decides what the fill does and queues the venue's reports (the fill,
 * then the cancels it causes, then the venue's position and balance), delivering them before it returns.
 */
final class OrderExecutor {
    private final VenueConfig config;
    private final Account account;
    private final VenueEventQueue events;

    OrderExecutor(VenueConfig config, Account account, VenueEventQueue events) {
        this.config = config;
        this.account = account;
        this.events = events;
    }

    /**
     * Executes a working order at a reference price. A taker fill moves the price by slippage and pays the taker
     * fee; a maker fill happens at the reference (its limit) and pays the maker fee. The order leaves the book
     * whether it fills or is rejected. When the fill leaves the position flat, working reduce-only orders are
     * cancelled (a stop/target pair thus behaves as one-cancels-other).
     */
    void execute(InstrumentBook book, WorkingOrder working, long referencePrice, boolean maker, long timeMs) {
        Order order = working.order();
        book.remove(working);
        SimPosition position = book.position;
        long qty = order.qty;
        if (order.reduceOnly) {
            if (position.isFlat() || Long.signum(position.qty()) == order.side.sign) {
                events.rejected(order, RejectReason.REDUCE_ONLY_WOULD_INCREASE, timeMs);
                events.deliver();
                return;
            }
            qty = Math.min(qty, Math.abs(position.qty()));
        }
        Instrument instrument = book.instrument;
        long price = maker ? referencePrice
                : config.slippage().fillPrice(order.side, referencePrice,
                        Fixed.notionalUsd(qty, referencePrice, instrument), book.volume.recentUsd());
        PositionChange change = PositionChange.of(position, order.side, qty, price, book.leverage, instrument);
        long notional = Fixed.notionalUsd(qty, price, instrument);
        if (change.openQty() > 0 && !account.canAfford(change, config.fees().feeUsd(notional, false))) {
            events.rejected(order, RejectReason.INSUFFICIENT_MARGIN, timeMs);
            events.deliver();
            return;
        }
        long fee = config.fees().feeUsd(notional, maker);
        account.applyFill(change, fee);
        position.apply(change);
        long workingBefore = book.newestSeq();
        events.fill(instrument.id(), timeMs, order.id, order.side, price, qty, fee, maker, false);
        if (position.isFlat()) {
            cancelUpTo(book, workingBefore, true, timeMs);
        }
        snapshot(book, timeMs);
        events.deliver();
    }

    /** The venue's own position and balance after a fill, for the engine to compare with its portfolio. */
    private void snapshot(InstrumentBook book, long timeMs) {
        events.position(book.instrument.id(), timeMs, book.position.qty(), book.position.entryPrice());
        events.balance(timeMs, account.balanceUsd());
    }

    /**
     * Closes the whole position at its liquidation price with the taker fee, reports a fill flagged as a
     * liquidation (order id {@link SimulatedVenue#LIQUIDATION_ORDER_ID}) and cancels every working order of the
     * instrument.
     */
    void liquidate(InstrumentBook book, long timeMs) {
        SimPosition position = book.position;
        long price = position.liquidationPrice();
        long qty = Math.abs(position.qty());
        Side side = position.qty() > 0 ? Side.SELL : Side.BUY;
        Instrument instrument = book.instrument;
        PositionChange change = PositionChange.of(position, side, qty, price, book.leverage, instrument);
        long fee = config.fees().feeUsd(Fixed.notionalUsd(qty, price, instrument), false);
        account.applyFill(change, fee);
        position.apply(change);
        long workingBefore = book.newestSeq();
        events.fill(instrument.id(), timeMs, SimulatedVenue.LIQUIDATION_ORDER_ID, side, price, qty, fee, false, true);
        cancelUpTo(book, workingBefore, false, timeMs);
        snapshot(book, timeMs);
        events.deliver();
    }

    void cancel(InstrumentBook book, WorkingOrder working, long timeMs) {
        book.remove(working);
        events.cancelled(working.order(), timeMs);
    }

    /** Cancels every order working on the instrument now (not ones a listener submits meanwhile). */
    void cancelAll(InstrumentBook book, long timeMs) {
        cancelUpTo(book, book.newestSeq(), false, timeMs);
    }

    /**
     * Cancels working orders submitted up to {@code lastSeq}, only reduce-only ones if asked. Orders a listener
     * submits in reaction (to the fill or to a cancel) have a later number and stay.
     */
    private void cancelUpTo(InstrumentBook book, long lastSeq, boolean reduceOnlyOnly, long timeMs) {
        int i = 0;
        while (i < book.size()) {
            WorkingOrder working = book.get(i);
            if (working.seq() <= lastSeq && (working.order().reduceOnly || !reduceOnlyOnly)) {
                cancel(book, working, timeMs);
                i = 0; // a listener may have changed the book: scan again
            } else {
                i++;
            }
        }
    }
}
