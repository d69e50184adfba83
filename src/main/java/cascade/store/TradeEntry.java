package cascade.store;

import cascade.model.Trade;
import java.sql.SQLException;

/** A closed round trip; USD amounts are rounded to the micro-dollar. */
record TradeEntry(long seq, Trade trade) implements StoreEntry {
    private static final String SQL = "INSERT INTO trades (run_id, seq, symbol, mode, direction, entry_time_ms,"
            + " entry_price, exit_time_ms, exit_price, qty, gross_pnl_usd, fees_usd, funding_usd, net_pnl_usd,"
            + " entry_reason, exit_reason, entry_decision_seq, exit_decision_seq)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public String kind() {
        return "trade";
    }

    @Override
    public void writeTo(SqlBatch batch, long runId) throws SQLException {
        Trade t = trade;
        batch.add(SQL, runId, seq, t.symbol(), t.mode(), t.direction(), t.entryTimeMs(),
                Columns.decimal(t.entryPrice()), t.exitTimeMs(), Columns.decimal(t.exitPrice()),
                Columns.decimal(t.qty()), Columns.usd(t.grossPnlUsd()), Columns.usd(t.feesUsd()),
                Columns.usd(t.fundingUsd()), Columns.usd(t.netPnlUsd()), t.entryReason(), t.exitReason(),
                t.entryDecision() == 0 ? null : t.entryDecision(), t.exitDecision() == 0 ? null : t.exitDecision());
    }
}
