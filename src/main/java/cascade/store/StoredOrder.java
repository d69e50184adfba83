package cascade.store;

import cascade.model.OrderState;

import cascade.model.OrderType;
import cascade.model.RejectReason;
import cascade.market.Side;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An order as stored, in its latest reported status. Prices and quantity are exact decimals.
 *
 * @param limitPrice LIMIT orders only, else null
 * @param stopPrice STOP_MARKET orders only, else null
 * @param statusMs event time of the latest status
 * @param rejectReason why it was rejected, else null
 */
public record StoredOrder(long orderId, String venue, String symbol, String tag, OrderType type, Side side,
        BigDecimal qty, BigDecimal limitPrice, BigDecimal stopPrice, boolean reduceOnly, long createdMs,
        OrderState status, long statusMs, RejectReason rejectReason) {

    static StoredOrder read(ResultSet rs) throws SQLException {
        String reason = rs.getString("reject_reason");
        return new StoredOrder(rs.getLong("order_id"), rs.getString("venue"), rs.getString("symbol"),
                rs.getString("tag"), OrderType.valueOf(rs.getString("order_type")), Side.valueOf(rs.getString("side")),
                rs.getBigDecimal("qty"), rs.getBigDecimal("limit_price"), rs.getBigDecimal("stop_price"),
                rs.getBoolean("reduce_only"), rs.getLong("created_ms"), OrderState.valueOf(rs.getString("status")),
                rs.getLong("status_ms"), reason == null ? null : RejectReason.valueOf(reason));
    }
}
