package cascade.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A funding payment as stored.
 *
 * @param seq order of arrival within the run, from 1
 * @param positionQty signed: + long
 * @param markPrice null when the venue did not say
 * @param amountUsd positive = received, negative = paid
 */
public record StoredFunding(long seq, String venue, String symbol, long fundingTimeMs, BigDecimal positionQty,
        BigDecimal markPrice, BigDecimal rate, BigDecimal amountUsd) {

    static StoredFunding read(ResultSet rs) throws SQLException {
        return new StoredFunding(rs.getLong("seq"), rs.getString("venue"), rs.getString("symbol"),
                rs.getLong("funding_time_ms"), rs.getBigDecimal("position_qty"), rs.getBigDecimal("mark_price"),
                rs.getBigDecimal("rate"), rs.getBigDecimal("amount_usd"));
    }
}
