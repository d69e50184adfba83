package cascade.store;

import cascade.model.OrderState;

import cascade.model.Order;
import cascade.model.OrderType;
import cascade.model.RejectReason;
import cascade.market.Instrument;
import java.sql.SQLException;

/** An order's status as reported at {@code timeMs}; the row of the order is created or updated. */
record OrderEntry(Instrument instrument, Order order, OrderState status, RejectReason reason, long timeMs)
        implements StoreEntry {
    private static final String SQL = "MERGE INTO orders (run_id, order_id, venue, symbol, tag, order_type, side, qty,"
            + " limit_price, stop_price, reduce_only, created_ms, status, status_ms, reject_code, reject_reason,"
            + " client_order_id, decision_seq) KEY (run_id, order_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public String kind() {
        return "order";
    }

    @Override
    public void writeTo(SqlBatch batch, long runId) throws SQLException {
        int priceScale = instrument.priceScale();
        batch.add(SQL, runId, order.id, instrument.venue(), instrument.symbol(), order.tag(), order.type.name(),
                order.side.name(), Columns.fixed(order.qty, instrument.qtyScale()),
                order.type == OrderType.LIMIT ? Columns.fixed(order.limitPrice, priceScale) : null,
                order.type == OrderType.STOP_MARKET ? Columns.fixed(order.stopPrice, priceScale) : null,
                order.reduceOnly, order.createdMs, status.name(), timeMs, reason == null ? null : reason.code,
                reason == null ? null : reason.name(), order.clientId,
                order.decisionId == 0 ? null : order.decisionId);
    }
}
