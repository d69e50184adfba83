package cascade.store;

import cascade.model.Fill;
import cascade.market.Instrument;
import java.sql.SQLException;

/** One execution, numbered by arrival within the run. */
record FillEntry(long seq, Instrument instrument, Fill fill) implements StoreEntry {
    private static final String SQL = "INSERT INTO fills (run_id, seq, order_id, venue, symbol, time_ms, side, price,"
            + " qty, fee_usd, maker, liquidation, tag, trade_id, decision_seq)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public String kind() {
        return "fill";
    }

    @Override
    public void writeTo(SqlBatch batch, long runId) throws SQLException {
        batch.add(SQL, runId, seq, fill.orderId(), instrument.venue(), instrument.symbol(), fill.timeMs(),
                fill.side().name(), Columns.fixed(fill.price(), instrument.priceScale()),
                Columns.fixed(fill.qty(), instrument.qtyScale()), Columns.usd(fill.feeUsd()), fill.maker(),
                fill.liquidation(), fill.tag(), fill.tradeId(), fill.decisionId() == 0 ? null : fill.decisionId());
    }
}
