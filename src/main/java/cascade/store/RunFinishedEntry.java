package cascade.store;

import java.sql.SQLException;

/** How and when the run ended. */
record RunFinishedEntry(RunStatus status, long finishedMs) implements StoreEntry {
    private static final String SQL = "UPDATE runs SET status = ?, finished_ms = ? WHERE id = ?";

    @Override
    public String kind() {
        return "run";
    }

    @Override
    public void writeTo(SqlBatch batch, long runId) throws SQLException {
        batch.add(SQL, status.name(), finishedMs, runId);
    }
}
