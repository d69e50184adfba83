package cascade.execution.sim;

import cascade.model.Order;
import cascade.model.OrderType;
import cascade.market.MarketEvent;
import cascade.market.Side;

/**
 * Matches working orders against event-level prices. Trades are the price reference; mark prices stand in while
 * an instrument has shown no trade, and otherwise only drive liquidation. On each price, live orders fill in
 * the order markets, stops, limits (submission order within a kind):
 * <ul>
 * <li>market: at the price, moved adversely by slippage and impact, taker fee;</li>
 * <li>stop-market: once a price reaches the stop (buy: at or above) it is triggered and fills like a market
 * order, on that price and the ones that follow;</li>
 * <li>limit: when the price is strictly beyond the limit (buy: below), at the limit, maker fee.</li>
 * </ul>
 * A trade offers its traded quantity ({@link TradeLiquidity}): each order takes at most what is left of it
 * (limits at most {@link VenueConfig#limitFillShare} of the print) and the rest of the order continues on later
 * trades, each piece a separate fill. A mark price carries no quantity: orders it matches fill whole.
 * Then the position is liquidated at its liquidation price if the mark (or, with no mark, the trade) reached it.
 */
final class TickMatcher {
    private static final OrderType[] PRIORITY = {OrderType.MARKET, OrderType.STOP_MARKET, OrderType.LIMIT};

    private final OrderExecutor executor;
    private final double limitFillShare;
    private final TradeLiquidity liquidity = new TradeLiquidity();

    TickMatcher(OrderExecutor executor, double limitFillShare) {
        this.executor = executor;
        this.limitFillShare = limitFillShare;
    }

    void onTrade(InstrumentBook book, MarketEvent trade) {
        // a statistic for slippage and impact, not money: a double product (relative error ~1e-16) is enough,
        // and the exact 128-bit notional on every trade was a tenth of the decision thread's time per event
        book.volume.onTrade(trade.timeMs,
                Math.round(book.instrument.price(trade.price) * book.instrument.qty(trade.qty) * 1e6));
        book.lastPrice = trade.price;
        book.tradesSeen = true;
        if (trade.qty > 0) {
            match(book, trade.price, trade.timeMs, liquidity.trade(trade.qty, limitFillShare));
        }
        checkLiquidation(book, trade.timeMs);
    }

    void onMarkPrice(InstrumentBook book, MarketEvent mark) {
        book.markPrice = mark.price;
        if (!book.tradesSeen) {
            book.lastPrice = mark.price;
            match(book, mark.price, mark.timeMs, liquidity.unlimited());
        }
        checkLiquidation(book, mark.timeMs);
    }

    /**
     * Fills orders that were working before this price arrived, are live and are triggered by it, until the
     * price's quantity is used up.
     */
    private void match(InstrumentBook book, long price, long timeMs, TradeLiquidity offer) {
        long lastSeq = book.newestSeq();
        WorkingOrder next;
        while (!offer.exhausted() && (next = firstTriggered(book, price, timeMs, lastSeq, offer)) != null) {
            Order order = next.order();
            long max = offer.available(order.type);
            long filled;
            if (order.type == OrderType.LIMIT) {
                filled = executor.fill(book, next, order.limitPrice, true, timeMs, max);
            } else {
                next.trigger();
                filled = executor.fill(book, next, price, false, timeMs, max);
            }
            offer.take(order.type, filled);
        }
    }

    private static WorkingOrder firstTriggered(InstrumentBook book, long price, long timeMs, long lastSeq,
            TradeLiquidity offer) {
        for (OrderType type : PRIORITY) {
            if (offer.available(type) <= 0) {
                continue;
            }
            for (int i = 0; i < book.size(); i++) {
                WorkingOrder working = book.get(i);
                Order order = working.order();
                if (order.type == type && working.seq() <= lastSeq && working.liveMs() <= timeMs
                        && (working.triggered() || triggers(order, price))) {
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
