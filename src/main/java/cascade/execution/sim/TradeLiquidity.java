package cascade.execution.sim;

import cascade.model.OrderType;

/**
 * What one trade print offers our orders: its traded quantity, shared by every order it fills, in priority
 * order (markets, stops, limits; submission order within a kind), so that together they never trade more
 * than was printed. Limits may take only a share of each print ({@link VenueConfig#limitFillShare}, a queue
 * haircut: others rest ahead of us at the same price). A mark price (no trade seen yet) offers an unlimited
 * quantity: there is no volume to read, so orders fill whole. Reused: one instance per matcher, no allocation.
 */
final class TradeLiquidity {
    static final long UNLIMITED = Long.MAX_VALUE;

    private long left;
    private long limitLeft;

    /** A trade of {@code qty} (> 0); limits may take at most ⌊qty × limitShare⌋ of it. */
    TradeLiquidity trade(long qty, double limitShare) {
        left = qty;
        limitLeft = limitShare >= 1 ? qty : (long) Math.floor(qty * limitShare);
        return this;
    }

    /** A price with no quantity to read (a mark price before any trade): orders fill whole. */
    TradeLiquidity unlimited() {
        left = UNLIMITED;
        limitLeft = UNLIMITED;
        return this;
    }

    /** The most an order of this type can take now. */
    long available(OrderType type) {
        return type == OrderType.LIMIT ? Math.min(left, limitLeft) : left;
    }

    void take(OrderType type, long qty) {
        if (left != UNLIMITED) {
            left -= qty;
        }
        if (type == OrderType.LIMIT && limitLeft != UNLIMITED) {
            limitLeft -= qty;
        }
    }

    boolean exhausted() {
        return left <= 0;
    }
}
