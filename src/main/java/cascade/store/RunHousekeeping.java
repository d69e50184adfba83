package cascade.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes a finished run's details, and deletes runs. A run is deleted from every table that has a
 * {@code run_id} column — found in the schema, so tables added by later migrations are covered too — in an
 * order the foreign keys allow, then from {@code runs}; all in one transaction.
 */
final class RunHousekeeping {
    private static final String INSERT_DETAILS = "INSERT INTO run_details (run_id, data_description,"
            + " first_sample_ms, last_sample_ms, report_dir, summary_text) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String RUN_TABLES = "SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.COLUMNS"
            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = 'RUN_ID' ORDER BY 1";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private RunHousekeeping() {
    }

    static void recordDetails(DataSource dataSource, long runId, RunDetails d) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT_DETAILS)) {
            ps.setLong(1, runId);
            ps.setString(2, d.dataDescription());
            ps.setLong(3, d.firstSampleMs());
            ps.setLong(4, d.lastSampleMs());
            ps.setString(5, d.reportDir());
            ps.setString(6, d.summaryText());
            ps.executeUpdate();
        }
    }

    /** Deletes the runs with these ids and everything recorded for them; returns the ids that existed. */
    static List<Long> delete(DataSource dataSource, List<Long> runIds) throws SQLException {
        List<Long> deleted = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Set<String> tables = runTables(c);
                for (long id : runIds) {
                    if (deleteRun(c, tables, id)) {
                        deleted.add(id);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return deleted;
    }

    /** The ids of all runs but the newest {@code keep}, oldest first; runs still RUNNING are never among them. */
    static List<Long> allButNewest(DataSource dataSource, int keep) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, status FROM runs ORDER BY id DESC")) {
            int seen = 0;
            while (rs.next()) {
                if (seen++ >= keep && !RunStatus.RUNNING.name().equals(rs.getString(2))) {
                    ids.add(0, rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Set<String> runTables(Connection c) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(RUN_TABLES)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /**
     * Deletes child rows table by table; a table still referenced by another one's rows is retried after the
     * others (H2 keeps the transaction going after a failed statement), until a pass makes no progress.
     */
    private static boolean deleteRun(Connection c, Set<String> tables, long id) throws SQLException {
        List<String> pending = new ArrayList<>(tables);
        while (!pending.isEmpty()) {
            List<String> blocked = new ArrayList<>();
            SQLException last = null;
            for (String table : pending) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM \"" + table.toUpperCase(java.util.Locale.ROOT)
                        + "\" WHERE run_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                } catch (SQLException e) {
                    if (!FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    blocked.add(table);
                    last = e;
                }
            }
            if (blocked.size() == pending.size()) {
                throw last;
            }
            pending = blocked;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM runs WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }
}
