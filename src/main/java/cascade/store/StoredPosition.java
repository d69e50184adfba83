package cascade.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A position snapshot as stored.
 *
 * @param seq order of arrival within the run, from 1
 * @param qty signed: + long, - short, 0 flat
 */
public record StoredPosition(long seq, String venue, String symbol, long timeMs, BigDecimal qty,
        BigDecimal entryPrice, BigDecimal marginUsd, BigDecimal liquidationPrice) {

    static StoredPosition read(ResultSet rs) throws SQLException {
        return new StoredPosition(rs.getLong("seq"), rs.getString("venue"), rs.getString("symbol"),
                rs.getLong("time_ms"), rs.getBigDecimal("qty"), rs.getBigDecimal("entry_price"),
                rs.getBigDecimal("margin_usd"), rs.getBigDecimal("liquidation_price"));
    }
}
