package cascade.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The weight tuner's tables ({@code V4__learned_weights.sql}): weight history, card accuracy and
 * champion/challenger verdicts of a run. Written in one transaction after the run has finished (never
 * from the decision thread); read by {@code cascade weights}.
 */
public final class WeightRecords {
    /** One card's weight for a symbol and mode from a moment on. */
    public record WeightRow(long timeMs, String symbol, String mode, String card, double weight, long outcomes) {
    }

    /** One card's standing at the end of a run. */
    public record AccuracyRow(String symbol, String mode, String card, double profileWeight, double weight,
            long samples, double effectiveSamples, double ic, double tStat) {
    }

    /** One champion/challenger judgement. */
    public record VerdictRow(String mode, long fromMs, long toMs, int outcomes, double meanGain, double tStat,
            double critical, boolean promoted, String why) {
    }

    private final RunStore store;

    public WeightRecords(RunStore store) {
        this.store = store;
    }

    public void write(long runId, List<WeightRow> history, List<AccuracyRow> accuracy, List<VerdictRow> verdicts) {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement h = c.prepareStatement("INSERT INTO weight_history (run_id, time_ms, symbol, mode, "
                    + "card, weight, outcomes) VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement a = c.prepareStatement("INSERT INTO card_accuracy (run_id, symbol, mode, card, "
                            + "profile_weight, weight, samples, effective_samples, ic, t_stat) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement v = c.prepareStatement("INSERT INTO weight_verdicts (run_id, mode, from_ms, "
                            + "to_ms, outcomes, mean_gain, t_stat, critical, promoted, why) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (WeightRow r : history) {
                    h.setLong(1, runId);
                    h.setLong(2, r.timeMs());
                    h.setString(3, r.symbol());
                    h.setString(4, r.mode());
                    h.setString(5, r.card());
                    h.setDouble(6, r.weight());
                    h.setLong(7, r.outcomes());
                    h.addBatch();
                }
                h.executeBatch();
                for (AccuracyRow r : accuracy) {
                    a.setLong(1, runId);
                    a.setString(2, r.symbol());
                    a.setString(3, r.mode());
                    a.setString(4, r.card());
                    a.setDouble(5, r.profileWeight());
                    a.setDouble(6, r.weight());
                    a.setLong(7, r.samples());
                    a.setDouble(8, r.effectiveSamples());
                    a.setDouble(9, finite(r.ic()));
                    a.setDouble(10, finite(r.tStat()));
                    a.addBatch();
                }
                a.executeBatch();
                for (VerdictRow r : verdicts) {
                    v.setLong(1, runId);
                    v.setString(2, r.mode());
                    v.setLong(3, r.fromMs());
                    v.setLong(4, r.toMs());
                    v.setInt(5, r.outcomes());
                    v.setDouble(6, r.meanGain());
                    v.setDouble(7, finite(r.tStat()));
                    v.setDouble(8, r.critical());
                    v.setBoolean(9, r.promoted());
                    v.setString(10, r.why().length() > 1000 ? r.why().substring(0, 1000) : r.why());
                    v.addBatch();
                }
                v.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record the learned weights of run " + runId + ": " + e.getMessage(), e);
        }
    }

    /** The weight history of a run, filtered by symbol and mode when not null, in time order. */
    public List<WeightRow> history(long runId, String symbol, String mode) {
        List<WeightRow> out = new ArrayList<>();
        query("SELECT time_ms, symbol, mode, card, weight, outcomes FROM weight_history WHERE run_id = ? "
                + filter(symbol, mode) + " ORDER BY time_ms, symbol, mode, card", runId, symbol, mode,
                rs -> out.add(new WeightRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDouble(5), rs.getLong(6))));
        return out;
    }

    public List<AccuracyRow> accuracy(long runId, String symbol, String mode) {
        List<AccuracyRow> out = new ArrayList<>();
        query("SELECT symbol, mode, card, profile_weight, weight, samples, effective_samples, ic, t_stat "
                + "FROM card_accuracy WHERE run_id = ? " + filter(symbol, mode) + " ORDER BY symbol, mode, card",
                runId, symbol, mode, rs -> out.add(new AccuracyRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDouble(4), rs.getDouble(5), rs.getLong(6), rs.getDouble(7), rs.getDouble(8),
                        rs.getDouble(9))));
        return out;
    }

    public List<VerdictRow> verdicts(long runId, String mode) {
        List<VerdictRow> out = new ArrayList<>();
        query("SELECT mode, from_ms, to_ms, outcomes, mean_gain, t_stat, critical, promoted, why FROM weight_verdicts "
                + "WHERE run_id = ? " + filter(null, mode) + " ORDER BY id", runId, null, mode,
                rs -> out.add(new VerdictRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getBoolean(8), rs.getString(9))));
        return out;
    }

    /** The newest run that has learned weights, or -1. */
    public long latestRunWithWeights() {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT MAX(run_id) FROM card_accuracy");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? -1 : v;
        } catch (SQLException e) {
            throw new StoreException("cannot read the learned weights: " + e.getMessage(), e);
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static String filter(String symbol, String mode) {
        return (symbol != null ? " AND symbol = ?" : "") + (mode != null ? " AND mode = ?" : "");
    }

    private void query(String sql, long runId, String symbol, String mode, RowReader reader) {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, runId);
            if (symbol != null) {
                s.setString(i++, symbol);
            }
            if (mode != null) {
                s.setString(i, mode);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the learned weights of run " + runId + ": " + e.getMessage(), e);
        }
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : (Double.isNaN(v) ? 0 : Math.copySign(1e300, v));
    }
}
