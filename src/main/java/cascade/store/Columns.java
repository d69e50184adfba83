package cascade.store;

import cascade.market.Fixed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Conversions between our numbers and the store's column types (see V1__run_store.sql for the conventions). */
final class Columns {
    /** Scale of the DECIMAL(38,12) price and quantity columns. */
    static final int QTY_PRICE_SCALE = 12;

    private Columns() {
    }

    /** A fixed-point value as an exact decimal; {@link Fixed#UNKNOWN} becomes NULL. */
    static BigDecimal fixed(long units, int scale) {
        return units == Fixed.UNKNOWN ? null : Fixed.toBigDecimal(units, scale);
    }

    /** USD micro-dollars as an exact decimal. */
    static BigDecimal usd(long micros) {
        return fixed(micros, Fixed.USD_SCALE);
    }

    /** A report-unit USD amount rounded to the micro-dollar; NaN and infinities are rejected. */
    static BigDecimal usd(double usd) {
        return usd(Fixed.usdMicros(usd));
    }

    /** A report-unit price or quantity at the column scale; NaN and infinities are rejected. */
    static BigDecimal decimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return BigDecimal.valueOf(value).setScale(QTY_PRICE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** NaN is stored as NULL. */
    static Double nanToNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** Reads a nullable DOUBLE column, NULL as NaN. */
    static double nullToNaN(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    /** Reads a nullable BIGINT column, NULL as {@link Fixed#UNKNOWN}. */
    static long nullToUnknown(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Fixed.UNKNOWN : value;
    }
}
