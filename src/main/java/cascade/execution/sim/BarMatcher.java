package cascade.execution.sim;

import cascade.model.Order;
import cascade.model.OrderType;
import cascade.market.MarketEvent;
import cascade.market.Side;

/**
 * Matches working orders against closed bars, conservatively, since the path inside a bar is unknown. An order
 * takes part in a bar only if it was live at the bar's open (with no latency: submitted at or before the
 * previous close).
 * <ol>
 * <li>Market orders fill at the open plus slippage (taker), stamped with the bar's open time.</li>
 * <li>The price is then assumed to travel open → first extreme → second extreme → close, visiting first the
 * extreme adverse to the position (the low for a long, the high for a short; when flat, the extreme nearer the
 * open). Along each leg, stops, limits and our own liquidation fire in the order the price reaches them:
 * a stop at its stop price (at the open if the bar opened beyond it) plus slippage, taker; a limit at its limit
 * (at the open if the bar opened better) once the price goes strictly beyond it, maker; a liquidation at the
 * liquidation price. So a stop fills before a target in the same bar, and before a liquidation beyond it.
 * Ties at the same price go stop, liquidation, limit. These fills are stamped with the bar's close time.</li>
 * </ol>
 */
final class BarMatcher {
    private static final long NOT_REACHED = -1;
    private static final int STOP = 0;
    private static final int LIQUIDATION = 1;
    private static final int LIMIT = 2;

    private final OrderExecutor executor;

    /** The event {@link #findNext} found: an order (null = our liquidation) and its reference price. */
    private WorkingOrder nextOrder;
    private long nextPrice;

    BarMatcher(OrderExecutor executor) {
        this.executor = executor;
    }

    void onBar(InstrumentBook book, MarketEvent bar) {
        long lastSeq = book.newestSeq();
        fillMarketOrdersAtOpen(book, bar, lastSeq);
        boolean lowFirst = lowFirst(book.position, bar);
        long first = lowFirst ? bar.low : bar.high;
        long second = lowFirst ? bar.high : bar.low;
        walk(book, bar, bar.open, first, lastSeq);
        walk(book, bar, first, second, lastSeq);
        walk(book, bar, second, bar.close(), lastSeq);
        book.lastPrice = bar.close();
        book.markPrice = bar.close();
        book.volume.onBar(bar.volumeUsd);
    }

    private void fillMarketOrdersAtOpen(InstrumentBook book, MarketEvent bar, long lastSeq) {
        int i = 0;
        while (i < book.size()) {
            WorkingOrder working = book.get(i);
            if (working.order().type == OrderType.MARKET && takesPart(working, bar, lastSeq)) {
                executor.execute(book, working, bar.open, false, bar.barOpenTimeMs);
                i = 0; // the book changed: scan again
            } else {
                i++;
            }
        }
    }

    private void walk(InstrumentBook book, MarketEvent bar, long from, long to, long lastSeq) {
        while (findNext(book, bar, from, to, lastSeq)) {
            if (nextOrder == null) {
                executor.liquidate(book, bar.timeMs);
            } else {
                boolean maker = nextOrder.order().type == OrderType.LIMIT;
                executor.execute(book, nextOrder, nextPrice, maker, bar.timeMs);
            }
        }
    }

    /** Finds the first stop, limit or liquidation the price reaches moving from {@code from} to {@code to}. */
    private boolean findNext(InstrumentBook book, MarketEvent bar, long from, long to, long lastSeq) {
        long bestDistance = Long.MAX_VALUE;
        int bestRank = Integer.MAX_VALUE;
        nextOrder = null;
        for (int i = 0; i < book.size(); i++) {
            WorkingOrder working = book.get(i);
            Order order = working.order();
            if (order.type == OrderType.MARKET || !takesPart(working, bar, lastSeq)) {
                continue;
            }
            long price = reach(order, from, to);
            int rank = order.type == OrderType.STOP_MARKET ? STOP : LIMIT;
            long distance = Math.abs(from - price);
            if (price != NOT_REACHED && (distance < bestDistance || distance == bestDistance && rank < bestRank)) {
                bestDistance = distance;
                bestRank = rank;
                nextOrder = working;
                nextPrice = price;
            }
        }
        long liquidationLevel = liquidationReach(book.position, from, to);
        if (liquidationLevel != NOT_REACHED) {
            long distance = Math.abs(from - liquidationLevel);
            if (distance < bestDistance || distance == bestDistance && LIQUIDATION < bestRank) {
                nextOrder = null;
                return true;
            }
        }
        return nextOrder != null;
    }

    /**
     * An order takes part in a bar when it is live at the bar's open: submitted before the bar, or placed at
     * the open in reaction to a fill there (the protective stop and target of an entry filled at the open),
     * with no latency. A market order takes part only if it was submitted before the bar started.
     */
    private static boolean takesPart(WorkingOrder working, MarketEvent bar, long lastSeq) {
        boolean before = working.seq() <= lastSeq;
        return working.liveMs() <= bar.barOpenTimeMs && (before || working.order().type != OrderType.MARKET);
    }

    /** Reference fill price of a stop or limit on the leg from → to, or {@link #NOT_REACHED}. */
    static long reach(Order order, long from, long to) {
        long low = Math.min(from, to);
        long high = Math.max(from, to);
        boolean buy = order.side == Side.BUY;
        if (order.type == OrderType.STOP_MARKET) {
            long stop = order.stopPrice;
            if (buy) {
                return high >= stop ? Math.max(from, stop) : NOT_REACHED;
            }
            return low <= stop ? Math.min(from, stop) : NOT_REACHED;
        }
        long limit = order.limitPrice;
        if (buy) {
            return low < limit ? Math.min(from, limit) : NOT_REACHED;
        }
        return high > limit ? Math.max(from, limit) : NOT_REACHED;
    }

    /** Price on the leg at which the position's liquidation fires (the leg's start if already beyond). */
    private static long liquidationReach(SimPosition position, long from, long to) {
        if (position.isFlat()) {
            return NOT_REACHED;
        }
        long level = position.liquidationPrice();
        if (position.qty() > 0) {
            return Math.min(from, to) <= level ? Math.min(from, level) : NOT_REACHED;
        }
        return Math.max(from, to) >= level ? Math.max(from, level) : NOT_REACHED;
    }

    private static boolean lowFirst(SimPosition position, MarketEvent bar) {
        if (position.qty() != 0) {
            return position.qty() > 0;
        }
        return bar.open - bar.low <= bar.high - bar.open;
    }
}
