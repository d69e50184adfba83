package cascade.model;

import cascade.market.Side;

/**
 * An order request as it leaves risk for a venue. Prices and quantity are in the instrument's fixed point.
 * {@code tag} says why it exists ("entry", "stop", "target", "exit:time", …) and survives into fills,
 * trades and the store.
 */
public final class Order {
    public final long id;
    public final int instrument;
    public final Side side;
    public final OrderType type;
    public final long qty;
    /** LIMIT only, else 0. */
    public final long limitPrice;
    /** STOP_MARKET only, else 0. */
    public final long stopPrice;
    public final boolean reduceOnly;
    /** Event time at which the decision placed it. */
    public final long createdMs;
    public final String tag;

    public Order(long id, int instrument, Side side, OrderType type, long qty, long limitPrice, long stopPrice,
            boolean reduceOnly, long createdMs, String tag) {
        if (qty <= 0) {
            throw new IllegalArgumentException("order quantity must be positive: " + qty);
        }
        if (type == OrderType.LIMIT && limitPrice <= 0) {
            throw new IllegalArgumentException("limit order needs a positive limit price");
        }
        if (type == OrderType.STOP_MARKET && stopPrice <= 0) {
            throw new IllegalArgumentException("stop order needs a positive stop price");
        }
        this.id = id;
        this.instrument = instrument;
        this.side = side;
        this.type = type;
        this.qty = qty;
        this.limitPrice = limitPrice;
        this.stopPrice = stopPrice;
        this.reduceOnly = reduceOnly;
        this.createdMs = createdMs;
        this.tag = tag;
    }

    public static Order market(long id, int instrument, Side side, long qty, boolean reduceOnly, long timeMs,
            String tag) {
        return new Order(id, instrument, side, OrderType.MARKET, qty, 0, 0, reduceOnly, timeMs, tag);
    }

    public static Order limit(long id, int instrument, Side side, long qty, long limitPrice, boolean reduceOnly,
            long timeMs, String tag) {
        return new Order(id, instrument, side, OrderType.LIMIT, qty, limitPrice, 0, reduceOnly, timeMs, tag);
    }

    public static Order stopMarket(long id, int instrument, Side side, long qty, long stopPrice, boolean reduceOnly,
            long timeMs, String tag) {
        return new Order(id, instrument, side, OrderType.STOP_MARKET, qty, 0, stopPrice, reduceOnly, timeMs, tag);
    }

    @Override
    public String toString() {
        return "Order#" + id + "{" + type + " " + side + " " + qty + (limitPrice != 0 ? " @" + limitPrice : "")
                + (stopPrice != 0 ? " stop " + stopPrice : "") + (reduceOnly ? " reduceOnly" : "") + " '" + tag
                + "'}";
    }
}
