package cascade.sim;

import cascade.market.Side;

/**
 * Receives the open positions of one symbol from {@link LiquidationTruth#forEachOpenPosition}. Prices and
 * quantity are in instrument units.
 */
@FunctionalInterface
public interface OpenPositionVisitor {
    /** @param side BUY for a long, SELL for a short */
    void visit(long positionId, Side side, long entryPrice, long qty, long liquidationPrice, int leverage);
}
