package cascade.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JDBC batches for one transaction: one prepared statement per distinct SQL text, executed in the order
 * each was first used, so a parent row's batch (a decision) runs before its children's (its readings).
 */
final class SqlBatch implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

    SqlBatch(Connection connection) {
        this.connection = connection;
    }

    /** Adds one row: the values bind to the statement's parameters in order (null = SQL NULL). */
    void add(String sql, Object... values) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    void execute() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        statements.clear();
        if (first != null) {
            throw first;
        }
    }
}
