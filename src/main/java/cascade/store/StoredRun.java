package cascade.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A run as stored. Texts are the redacted ones.
 *
 * @param finishedMs epoch ms, {@link cascade.market.Fixed#UNKNOWN} while the run has not reported its end
 */
public record StoredRun(long id, RunKind kind, String specName, String specText, String strategyName,
        String strategyText, String dataDescription, String codeVersion, long startedMs, long finishedMs,
        RunStatus status) {

    static final String COLUMNS = "id, kind, spec_name, spec_text, strategy_name, strategy_text, data_description,"
            + " code_version, started_ms, finished_ms, status";

    static StoredRun read(ResultSet rs) throws SQLException {
        return new StoredRun(rs.getLong("id"), RunKind.valueOf(rs.getString("kind")), rs.getString("spec_name"),
                rs.getString("spec_text"), rs.getString("strategy_name"), rs.getString("strategy_text"),
                rs.getString("data_description"), rs.getString("code_version"), rs.getLong("started_ms"),
                Columns.nullToUnknown(rs, "finished_ms"), RunStatus.valueOf(rs.getString("status")));
    }
}
