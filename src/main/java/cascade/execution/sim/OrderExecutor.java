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
    private long fills;
    private long partialFills;

    OrderExecutor(VenueConfig config, Account account, VenueEventQueue events) {
        this.config = config;
        this.account = account;
        this.events = events;
    }

    /**
     * Executes a working order whole at a reference price (bar data, and mark prices before any trade): a
     * {@link #fill} with no quantity limit.
     */
    void execute(InstrumentBook book, WorkingOrder working, long referencePrice, boolean maker, long timeMs) {
        fill(book, working, referencePrice, maker, timeMs, TradeLiquidity.UNLIMITED);
    }

    /**
     * Fills up to {@code maxQty} of a working order at a reference price, as one FILL with its own trade id and
     * fee. A taker fill moves the price by slippage and impact and pays the taker fee; a maker fill happens at
     * the reference (its limit) and pays the maker fee. A reduce-only order is clipped to the position. The
     * order leaves the book once it has filled completely, or when it is rejected (reduce-only that would
     * increase, insufficient margin: a reject after earlier pieces ends the rest of the order); otherwise it keeps
     * working with what is left. When the fill leaves the position flat, working reduce-only orders are cancelled
     * (a stop/target pair thus behaves as one-cancels-other; a reduce-only order larger than the position has its
     * rest cancelled the same way).
     *
     * @return the quantity filled (0 when rejected)
     */
    long fill(InstrumentBook book, WorkingOrder working, long referencePrice, boolean maker, long timeMs,
            long maxQty) {
        Order order = working.order();
        SimPosition position = book.position;
        long qty = Math.min(working.remainingQty(), maxQty);
        long sizeQty = order.qty;
        if (order.reduceOnly) {
            if (position.isFlat() || Long.signum(position.qty()) == order.side.sign) {
                book.remove(working);
                events.rejected(order, RejectReason.REDUCE_ONLY_WOULD_INCREASE, timeMs);
                events.deliver();
                return 0;
            }
            qty = Math.min(qty, Math.abs(position.qty()));
            sizeQty = Math.min(order.qty, working.filledQty() + Math.abs(position.qty()));
        }
        Instrument instrument = book.instrument;
        long price = referencePrice;
        if (!maker) {
            long sizeNotional = Fixed.notionalUsd(sizeQty, referencePrice, instrument);
            long recent = book.volume.recentUsd();
            price = config.slippage().fillPrice(order.side, referencePrice, sizeNotional, recent)
                    + config.impact().move(order.side, referencePrice, sizeNotional, recent);
        }
        PositionChange change = PositionChange.of(position, order.side, qty, price, book.leverage, instrument);
        long notional = Fixed.notionalUsd(qty, price, instrument);
        if (change.openQty() > 0 && !account.canAfford(change, config.fees().feeUsd(notional, false))) {
            book.remove(working);
            events.rejected(order, RejectReason.INSUFFICIENT_MARGIN, timeMs);
            events.deliver();
            return 0;
        }
        long fee = config.fees().feeUsd(notional, maker);
        account.applyFill(change, fee);
        position.apply(change);
        working.filled(qty);
        if (working.remainingQty() == 0) {
            book.remove(working);
        }
        long workingBefore = book.newestSeq();
        fills++;
        if (qty < order.qty) {
            partialFills++;
        }
        events.fill(instrument.id(), timeMs, order.id, order.side, price, qty, fee, maker, false);
        if (position.isFlat()) {
            cancelUpTo(book, workingBefore, true, timeMs);
        }
        snapshot(book, timeMs);
        events.deliver();
        return qty;
    }

    /** The venue's own position and balance after a fill, for the engine to compare with its portfolio. */
    private void snapshot(InstrumentBook book, long timeMs) {
        events.position(book.instrument.id(), timeMs, book.position.qty(), book.position.entryPrice());
        events.balance(timeMs, account.balanceUsd());
    }

    /**
     * Closes the whole position at its liquidation price, reports a fill flagged as a liquidation (order id
     * {@link SimulatedVenue#LIQUIDATION_ORDER_ID}) and cancels every working order of the instrument. The fill
     * pays the liquidation clearance fee instead of a trading fee (see {@link #clearanceFeeUsd}).
     */
    void liquidate(InstrumentBook book, long timeMs) {
        SimPosition position = book.position;
        long price = position.liquidationPrice();
        long qty = Math.abs(position.qty());
        Side side = position.qty() > 0 ? Side.SELL : Side.BUY;
        Instrument instrument = book.instrument;
        PositionChange change = PositionChange.of(position, side, qty, price, book.leverage, instrument);
        long fee = clearanceFeeUsd(config.liquidationFeeRate(), Fixed.notionalUsd(qty, price, instrument),
                position.marginUsd() + change.realisedPnlUsd());
        account.applyFill(change, fee);
        position.apply(change);
        long workingBefore = book.newestSeq();
        events.fill(instrument.id(), timeMs, SimulatedVenue.LIQUIDATION_ORDER_ID, side, price, qty, fee, false, true);
        cancelUpTo(book, workingBefore, false, timeMs);
        snapshot(book, timeMs);
        events.deliver();
    }

    /**
     * The liquidation clearance fee: rate × the notional closed at the liquidation price, rounded to the micro,
     * but never more than what is left of the position's isolated margin after the loss (margin + realised PnL,
     * at least 0): an isolated liquidation never costs more than the margin, as on Binance, where the rest of
     * the margin goes to the insurance fund.
     */
    static long clearanceFeeUsd(double rate, long notionalUsd, long remainingMarginUsd) {
        return Math.min(Math.round(notionalUsd * rate), Math.max(0, remainingMarginUsd));
    }

    /** Fills of our orders so far (not counting our liquidations). */
    long fills() {
        return fills;
    }

    /** Fills that traded less than their order's quantity: pieces of an order filled in parts (or clipped). */
    long partialFills() {
        return partialFills;
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
