package cascade.store;

import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** The run's metrics for the strategy and for buy-and-hold; a later report of the same name replaces it. */
record MetricsEntry(Map<String, Double> strategy, Map<String, Double> buyHold) implements StoreEntry {
    private static final String SQL =
            "MERGE INTO metrics (run_id, series, name, metric_value) KEY (run_id, series, name) VALUES (?, ?, ?, ?)";

    /** Copies the maps (NaN values allowed, sorted by name) so later changes by the caller cannot reach the queue. */
    static MetricsEntry of(Map<String, Double> strategy, Map<String, Double> buyHold) {
        return new MetricsEntry(new TreeMap<>(strategy), new TreeMap<>(buyHold));
    }

    @Override
    public String kind() {
        return "metrics";
    }

    @Override
    public void writeTo(SqlBatch batch, long runId) throws SQLException {
        add(batch, runId, "STRATEGY", strategy);
        add(batch, runId, "BUY_HOLD", buyHold);
    }

    private static void add(SqlBatch batch, long runId, String series, Map<String, Double> values)
            throws SQLException {
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Double value = e.getValue();
            batch.add(SQL, runId, series, e.getKey(), value == null ? null : Columns.nanToNull(value));
        }
    }
}
