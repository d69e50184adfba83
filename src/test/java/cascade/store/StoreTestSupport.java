package cascade.store;

import cascade.model.Position;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

/** Helpers shared by the store tests: raw SQL reads and decimal-aware comparison. */
final class StoreTestSupport {
    /** Compares decimals by value (0.030 equals 0.030000000000), everything else by equals. */
    static final RecursiveComparisonConfiguration DECIMALS_BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

    private StoreTestSupport() {
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    static long count(RunStore store, String table) throws SQLException {
        return (Long) column(store, "SELECT COUNT(*) FROM " + table).get(0);
    }

    /** The first column of every row of a query. */
    static List<Object> column(RunStore store, String sql) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getObject(1));
            }
        }
        return values;
    }

    /** A position as a venue would report it, frozen for the test. */
    record SnapshotPosition(int instrument, long qty, long entryPrice, long marginUsd, long liquidationPrice)
            implements Position {
    }
}
