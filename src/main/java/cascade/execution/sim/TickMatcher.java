package cascade.execution.sim;

import cascade.model.Order;
import cascade.model.OrderType;
import cascade.market.Fixed;
import cascade.market.MarketEvent;
import cascade.market.Side;

/**
 * Matches working orders against event-level prices. Trades are the price reference; mark prices stand in while
 * an instrument has shown no trade, and otherwise only drive liquidation. On each price, live orders fill in
 * the order markets, stops, limits (submission order within a kind):
 * <ul>
 * <li>market: at the price, moved adversely by slippage, taker fee;</li>
 * <li>stop-market: when the price reaches the stop (buy: at or above), at the price plus slippage, taker fee;</li>
 * <li>limit: when the price is strictly beyond the limit (buy: below), at the limit, maker fee.</li>
 * </ul>
 * Then the position is liquidated at its liquidation price if the mark (or, with no mark, the trade) reached it.
 */
final class TickMatcher {
    private static final OrderType[] PRIORITY = {OrderType.MARKET, OrderType.STOP_MARKET, OrderType.LIMIT};

    private final OrderExecutor executor;

    TickMatcher(OrderExecutor executor) {
        this.executor = executor;
    }

    void onTrade(InstrumentBook book, MarketEvent trade) {
        book.volume.onTrade(trade.timeMs, Fixed.notionalUsd(trade.qty, trade.price, book.instrument));
        book.lastPrice = trade.price;
        book.tradesSeen = true;
        match(book, trade.price, trade.timeMs);
        checkLiquidation(book, trade.timeMs);
    }

    void onMarkPrice(InstrumentBook book, MarketEvent mark) {
        book.markPrice = mark.price;
        if (!book.tradesSeen) {
            book.lastPrice = mark.price;
            match(book, mark.price, mark.timeMs);
        }
        checkLiquidation(book, mark.timeMs);
    }

    /** Fills every order that was working before this price arrived, is live, and is triggered by it. */
    private void match(InstrumentBook book, long price, long timeMs) {
        long lastSeq = book.newestSeq();
        WorkingOrder next;
        while ((next = firstTriggered(book, price, timeMs, lastSeq)) != null) {
            Order order = next.order();
            if (order.type == OrderType.LIMIT) {
                executor.execute(book, next, order.limitPrice, true, timeMs);
            } else {
                executor.execute(book, next, price, false, timeMs);
            }
        }
    }

    private static WorkingOrder firstTriggered(InstrumentBook book, long price, long timeMs, long lastSeq) {
        for (OrderType type : PRIORITY) {
            for (int i = 0; i < book.size(); i++) {
                WorkingOrder working = book.get(i);
                Order order = working.order();
                if (order.type == type && working.seq() <= lastSeq && working.liveMs() <= timeMs
                        && triggers(order, price)) {
                    return working;
                }
            }
        }
        return null;
    }

    static boolean triggers(Order order, long price) {
        boolean buy = order.side == Side.BUY;
        switch (order.type) {
            case STOP_MARKET:
                return buy ? price >= order.stopPrice : price <= order.stopPrice;
            case LIMIT:
                return buy ? price < order.limitPrice : price > order.limitPrice;
            default:
                return true;
        }
    }

    private void checkLiquidation(InstrumentBook book, long timeMs) {
        SimPosition position = book.position;
        if (position.isFlat()) {
            return;
        }
        long mark = book.referenceMark();
        boolean reached = position.qty() > 0 ? mark <= position.liquidationPrice()
                : mark >= position.liquidationPrice();
        if (reached) {
            executor.liquidate(book, timeMs);
        }
    }
}
