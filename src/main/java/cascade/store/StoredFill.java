package cascade.store;

import cascade.market.Side;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A fill as stored: price and quantity as exact decimals, fee in USD (positive = paid).
 *
 * @param seq order of arrival within the run, from 1
 */
public record StoredFill(long seq, long orderId, String venue, String symbol, long timeMs, Side side,
        BigDecimal price, BigDecimal qty, BigDecimal feeUsd, boolean maker, boolean liquidation, String tag) {

    static StoredFill read(ResultSet rs) throws SQLException {
        return new StoredFill(rs.getLong("seq"), rs.getLong("order_id"), rs.getString("venue"), rs.getString("symbol"),
                rs.getLong("time_ms"), Side.valueOf(rs.getString("side")), rs.getBigDecimal("price"),
                rs.getBigDecimal("qty"), rs.getBigDecimal("fee_usd"), rs.getBoolean("maker"),
                rs.getBoolean("liquidation"), rs.getString("tag"));
    }
}
