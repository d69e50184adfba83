package cascade.execution.sim;

import cascade.market.Fixed;
import cascade.market.Instrument;
import cascade.market.Side;

/**
 * What one fill does to a net position, worked out before anything changes so the margin check can look at it:
 * the part that closes (realising PnL and releasing margin pro rata) and the part that opens or increases
 * (needing margin at the position's leverage). A flip closes the whole position, then opens the remainder at the
 * fill price. Money is in USD micros, exact integer arithmetic rounded half away from zero: realised PnL is
 * |qty| × |price change| rounded to the micro with its sign, released margin is margin × closed / held, added
 * margin is the open notional (rounded to the micro) / leverage.
 *
 * @param leverage leverage of the resulting position (0 when flat)
 */
record PositionChange(long closeQty, long openQty, long realisedPnlUsd, long releasedMarginUsd, long addedMarginUsd,
        long newQty, long newEntryPrice, int leverage) {

    /**
     * @param newLeverage leverage for a position that opens from flat or by a flip; an increase keeps the
     *        position's own leverage
     */
    static PositionChange of(SimPosition position, Side side, long qty, long price, int newLeverage,
            Instrument instrument) {
        long held = position.qty();
        long heldAbs = Math.abs(held);
        boolean reduces = held != 0 && Long.signum(held) != side.sign;
        long closeQty = reduces ? Math.min(qty, heldAbs) : 0;
        long openQty = qty - closeQty;
        long newQty = held + side.sign * qty;

        long realised = 0;
        long released = 0;
        if (closeQty > 0) {
            long diff = price - position.entryPrice();
            realised = Long.signum(held) * Long.signum(diff)
                    * Fixed.notionalUsd(closeQty, Math.abs(diff), instrument);
            released = closeQty == heldAbs ? position.marginUsd()
                    : Fixed.multiplyDivide(position.marginUsd(), closeQty, heldAbs);
        }
        if (newQty == 0) {
            return new PositionChange(closeQty, 0, realised, released, 0, 0, 0, 0);
        }
        if (openQty == 0) {
            return new PositionChange(closeQty, 0, realised, released, 0, newQty, position.entryPrice(),
                    position.leverage());
        }
        boolean increases = held != 0 && !reduces;
        int leverage = increases ? position.leverage() : newLeverage;
        long entry = increases ? averagePrice(position.entryPrice(), heldAbs, price, openQty) : price;
        long added = Fixed.multiplyDivide(Fixed.notionalUsd(openQty, price, instrument), 1, leverage);
        return new PositionChange(closeQty, openQty, realised, released, added, newQty, entry, leverage);
    }

    /**
     * Quantity-weighted average of two prices (quantities &gt; 0), rounded half up to a price unit: exact for any
     * size (128-bit products, no allocation), where price × qty alone overflows a long from about 0.92 BTC at
     * 100 000 USD with the forceOrder reader's scales (price 1e-8, qty 1e-6).
     */
    static long averagePrice(long priceA, long qtyA, long priceB, long qtyB) {
        return Fixed.multiplyAddDivide(priceA, qtyA, priceB, qtyB, Math.addExact(qtyA, qtyB));
    }
}
