package cascade.store;

import cascade.model.Decision;
import cascade.model.ReadingRecord;
import java.sql.SQLException;
import java.util.List;

/** A decision and, one row each, the readings behind it; {@code seq} is the decision's id. */
record DecisionEntry(long seq, Decision decision) implements StoreEntry {
    private static final String DECISION_SQL = "INSERT INTO decisions (run_id, seq, time_ms, symbol, mode, action,"
            + " composite, confidence, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String READING_SQL = "INSERT INTO decision_readings (run_id, decision_seq, ordinal, card,"
            + " window_name, score, strength, confidence, measure, weight, contribution, note)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Copies the readings list so later changes by the caller cannot reach the queue. */
    static DecisionEntry of(long seq, Decision d) {
        List<ReadingRecord> readings = d.readings() == null ? List.of() : List.copyOf(d.readings());
        return new DecisionEntry(seq, new Decision(d.id(), d.timeMs(), d.symbol(), d.mode(), d.action(),
                d.composite(), d.confidence(), d.reason(), readings));
    }

    @Override
    public String kind() {
        return "decision";
    }

    @Override
    public void writeTo(SqlBatch batch, long runId) throws SQLException {
        Decision d = decision;
        batch.add(DECISION_SQL, runId, seq, d.timeMs(), d.symbol(), d.mode(), d.action() == null ? null : d.action().name(),
                d.composite(), d.confidence(), d.reason());
        List<ReadingRecord> readings = d.readings();
        for (int i = 0; i < readings.size(); i++) {
            ReadingRecord r = readings.get(i);
            batch.add(READING_SQL, runId, seq, i, r.card(), r.window(), r.score(), r.strength(), r.confidence(),
                    Columns.nanToNull(r.value()), r.weight(), r.contribution(), r.note());
        }
    }
}
