package cascade.store;

import cascade.model.Decision;
import cascade.model.ReadingRecord;
import cascade.model.Trade;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Reads stored runs back, for tests and reports. Every list is in recording order (orders by id).
 * Decisions and trades come back as the same records the engine recorded. Every method throws
 * {@link StoreException} when the database cannot be read.
 */
public final class RunQueries {
    private static final String LEGACY_STRATEGY = "strategy.";
    private static final String LEGACY_BUY_HOLD = "buy_and_hold.";

    private final DataSource dataSource;

    RunQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** All runs, oldest first. */
    public List<StoredRun> listRuns() {
        return list("SELECT " + StoredRun.COLUMNS + " FROM runs ORDER BY id", null, StoredRun::read);
    }

    /** The run with this id, if there is one. */
    public Optional<StoredRun> run(long runId) {
        return list("SELECT " + StoredRun.COLUMNS + " FROM runs WHERE id = ?", runId, StoredRun::read).stream()
                .findFirst();
    }

    /** The run's orders in their latest status, by order id. */
    public List<StoredOrder> orders(long runId) {
        return list("SELECT * FROM orders WHERE run_id = ? ORDER BY order_id", runId, StoredOrder::read);
    }

    /** The run's fills in arrival order. */
    public List<StoredFill> fills(long runId) {
        return list("SELECT * FROM fills WHERE run_id = ? ORDER BY seq", runId, StoredFill::read);
    }

    /** The run's position snapshots in arrival order. */
    public List<StoredPosition> positions(long runId) {
        return list("SELECT * FROM positions WHERE run_id = ? ORDER BY seq", runId, StoredPosition::read);
    }

    /** The run's funding payments in arrival order. */
    public List<StoredFunding> funding(long runId) {
        return list("SELECT * FROM funding_payments WHERE run_id = ? ORDER BY seq", runId, StoredFunding::read);
    }

    /** Decisions in recording order, each with its readings in the order it listed them. */
    public List<Decision> decisions(long runId) {
        Map<Long, List<ReadingRecord>> readings = new HashMap<>();
        list("SELECT * FROM decision_readings WHERE run_id = ? ORDER BY decision_seq, ordinal", runId, rs -> {
            readings.computeIfAbsent(rs.getLong("decision_seq"), seq -> new ArrayList<>()).add(new ReadingRecord(
                    rs.getString("card"), rs.getString("window_name"), rs.getDouble("score"), rs.getDouble("strength"),
                    rs.getDouble("confidence"), Columns.nullToNaN(rs, "measure"), rs.getDouble("weight"),
                    rs.getDouble("contribution"), rs.getString("note")));
            return null;
        });
        return list("SELECT * FROM decisions WHERE run_id = ? ORDER BY seq", runId, rs -> new Decision(
                rs.getLong("seq"), rs.getLong("time_ms"), rs.getString("symbol"), rs.getString("mode"),
                cascade.model.Action.valueOf(rs.getString("action")),
                rs.getDouble("composite"), rs.getDouble("confidence"), rs.getString("reason"),
                List.copyOf(readings.getOrDefault(rs.getLong("seq"), List.of()))));
    }

    /** Closed trades in recording order; USD amounts as stored (to the micro-dollar). */
    public List<Trade> trades(long runId) {
        return list("SELECT * FROM trades WHERE run_id = ? ORDER BY seq", runId, rs -> new Trade(
                rs.getString("symbol"), rs.getString("mode"), rs.getInt("direction"), rs.getLong("entry_time_ms"),
                rs.getBigDecimal("entry_price").doubleValue(), rs.getLong("exit_time_ms"),
                rs.getBigDecimal("exit_price").doubleValue(), rs.getBigDecimal("qty").doubleValue(),
                rs.getBigDecimal("gross_pnl_usd").doubleValue(), rs.getBigDecimal("fees_usd").doubleValue(),
                rs.getBigDecimal("funding_usd").doubleValue(), rs.getBigDecimal("net_pnl_usd").doubleValue(),
                rs.getString("entry_reason"), rs.getString("exit_reason"), rs.getLong("entry_decision_seq"),
                rs.getLong("exit_decision_seq")));
    }

    /** The run's metrics; empty maps when none were recorded. */
    public RunMetrics metrics(long runId) {
        Map<String, Double> strategy = new TreeMap<>();
        Map<String, Double> buyHold = new TreeMap<>();
        list("SELECT * FROM metrics WHERE run_id = ?", runId, rs -> {
            Map<String, Double> series = "STRATEGY".equals(rs.getString("series")) ? strategy : buyHold;
            String name = rs.getString("name");
            // stores written before the series were split kept both curves in STRATEGY under a prefix
            if (series == strategy && name.startsWith(LEGACY_BUY_HOLD)) {
                series = buyHold;
                name = name.substring(LEGACY_BUY_HOLD.length());
            } else if (series == strategy && name.startsWith(LEGACY_STRATEGY)) {
                name = name.substring(LEGACY_STRATEGY.length());
            }
            series.putIfAbsent(name, Columns.nullToNaN(rs, "metric_value"));
            return null;
        });
        return new RunMetrics(strategy, buyHold);
    }

    /** The details of a finished run, if it recorded them. */
    public Optional<RunDetails> details(long runId) {
        return list("SELECT * FROM run_details WHERE run_id = ?", runId, rs -> new RunDetails(
                rs.getString("data_description"), rs.getLong("first_sample_ms"), rs.getLong("last_sample_ms"),
                rs.getString("report_dir"), rs.getString("summary_text"))).stream().findFirst();
    }

    /** Every run, oldest first, with its details and headline metrics (strategy series). */
    public List<RunSummary> summaries() {
        Map<Long, RunDetails> details = new HashMap<>();
        list("SELECT * FROM run_details", null, rs -> {
            details.put(rs.getLong("run_id"), new RunDetails(rs.getString("data_description"),
                    rs.getLong("first_sample_ms"), rs.getLong("last_sample_ms"), rs.getString("report_dir"),
                    rs.getString("summary_text")));
            return null;
        });
        List<RunSummary> out = new ArrayList<>();
        for (StoredRun run : listRuns()) {
            Map<String, Double> m = metrics(run.id()).strategy();
            out.add(new RunSummary(run, Optional.ofNullable(details.get(run.id())),
                    m.getOrDefault("total_return", Double.NaN), m.getOrDefault("sharpe", Double.NaN),
                    m.getOrDefault("trades", Double.NaN)));
        }
        return out;
    }

    /** Reads one row into a value (or into a collector, returning null). */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> list(String sql, Long runId, RowReader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (runId != null) {
                ps.setLong(1, runId);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    T row = reader.read(rs);
                    if (row != null) {
                        rows.add(row);
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("cannot read the run store: " + e.getMessage(), e);
        }
    }
}
