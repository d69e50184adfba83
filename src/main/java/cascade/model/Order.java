package cascade.model;

import cascade.market.Side;

/**
 * An order request as it leaves risk for a venue. Prices and quantity are in the instrument's fixed point.
 * {@code id} is the book's key (a run-local sequence); {@code clientId} is the portable client order id a
 * venue sees (see {@code ClientOrderIds}). {@code mode} names the decision mode that owns the order,
 * {@code purpose} why it exists; both survive into fills, trades and the store. {@code decisionId} links
 * it to the decision that caused it (0 for none).
 */
public final class Order {
    public final long id;
    public final String clientId;
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
    public final String mode;
    public final Purpose purpose;
    public final long decisionId;

    public Order(long id, String clientId, int instrument, Side side, OrderType type, long qty, long limitPrice,
            long stopPrice, boolean reduceOnly, long createdMs, String mode, Purpose purpose, long decisionId) {
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
        this.clientId = clientId;
        this.instrument = instrument;
        this.side = side;
        this.type = type;
        this.qty = qty;
        this.limitPrice = limitPrice;
        this.stopPrice = stopPrice;
        this.reduceOnly = reduceOnly;
        this.createdMs = createdMs;
        this.mode = mode == null ? "" : mode;
        this.purpose = purpose;
        this.decisionId = decisionId;
    }

    /** A market order with a client id made from its book id alone (tests and tools). */
    public static Order market(long id, int instrument, Side side, long qty, boolean reduceOnly, long timeMs,
            Purpose purpose) {
        return new Order(id, "o" + id, instrument, side, OrderType.MARKET, qty, 0, 0, reduceOnly, timeMs, "",
                purpose, 0);
    }

    public static Order limit(long id, int instrument, Side side, long qty, long limitPrice, boolean reduceOnly,
            long timeMs, Purpose purpose) {
        return new Order(id, "o" + id, instrument, side, OrderType.LIMIT, qty, limitPrice, 0, reduceOnly, timeMs, "",
                purpose, 0);
    }

    public static Order stopMarket(long id, int instrument, Side side, long qty, long stopPrice, boolean reduceOnly,
            long timeMs, Purpose purpose) {
        return new Order(id, "o" + id, instrument, side, OrderType.STOP_MARKET, qty, 0, stopPrice, reduceOnly, timeMs,
                "", purpose, 0);
    }

    /** The same order for another quantity (instrument filters round quantities to the lot step). */
    public Order withQty(long newQty) {
        return new Order(id, clientId, instrument, side, type, newQty, limitPrice, stopPrice, reduceOnly, createdMs,
                mode, purpose, decisionId);
    }

    /** The same order at other prices (instrument filters round prices to the tick). */
    public Order withPrices(long newLimitPrice, long newStopPrice) {
        return new Order(id, clientId, instrument, side, type, qty, newLimitPrice, newStopPrice, reduceOnly,
                createdMs, mode, purpose, decisionId);
    }

    /** "mode/purpose", e.g. "day/stop": how reports and the store name an order's role. */
    public String tag() {
        return mode.isEmpty() ? purpose.label() : mode + "/" + purpose.label();
    }

    /** The price an order would execute at or trigger at: its limit or stop price, 0 for a market order. */
    public long price() {
        return type == OrderType.LIMIT ? limitPrice : type == OrderType.STOP_MARKET ? stopPrice : 0;
    }

    @Override
    public String toString() {
        return "Order#" + id + "{" + type + " " + side + " " + qty + (limitPrice != 0 ? " @" + limitPrice : "")
                + (stopPrice != 0 ? " stop " + stopPrice : "") + (reduceOnly ? " reduceOnly" : "") + " " + tag()
                + "}";
    }
}
