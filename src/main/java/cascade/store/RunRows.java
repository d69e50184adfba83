package cascade.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Creates a run's row when the run starts, with its configuration texts redacted. */
final class RunRows {
    private static final String INSERT = "INSERT INTO runs (kind, spec_name, spec_text, strategy_name, strategy_text,"
            + " data_description, code_version, started_ms, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private RunRows() {
    }

    /** Inserts the run as {@link RunStatus#RUNNING} and returns its id. */
    static long insert(DataSource dataSource, RunInfo info) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"ID"})) {
            ps.setString(1, info.kind().name());
            ps.setString(2, info.specName());
            ps.setString(3, Redactor.redact(info.specText()));
            ps.setString(4, info.strategyName());
            ps.setString(5, Redactor.redact(info.strategyText()));
            ps.setString(6, info.dataDescription());
            ps.setString(7, info.codeVersion());
            ps.setLong(8, info.startedMs());
            ps.setString(9, RunStatus.RUNNING.name());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for the new run");
                }
                return keys.getLong(1);
            }
        }
    }
}
