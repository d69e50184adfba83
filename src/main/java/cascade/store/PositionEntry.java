package cascade.store;

import cascade.model.Position;
import cascade.market.Instrument;
import java.sql.SQLException;

/** A copy of a position taken when it changed (the live {@link Position} view keeps moving). */
record PositionEntry(long seq, Instrument instrument, long timeMs, long qty, long entryPrice, long marginUsd,
        long liquidationPrice) implements StoreEntry {
    private static final String SQL = "INSERT INTO positions (run_id, seq, venue, symbol, time_ms, qty, entry_price,"
            + " margin_usd, liquidation_price) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static PositionEntry of(long seq, Instrument instrument, Position position, long timeMs) {
        return new PositionEntry(seq, instrument, timeMs, position.qty(), position.entryPrice(),
                position.marginUsd(), position.liquidationPrice());
    }

    @Override
    public String kind() {
        return "position";
    }

    @Override
    public void writeTo(SqlBatch batch, long runId) throws SQLException {
        int priceScale = instrument.priceScale();
        batch.add(SQL, runId, seq, instrument.venue(), instrument.symbol(), timeMs,
                Columns.fixed(qty, instrument.qtyScale()), Columns.fixed(entryPrice, priceScale),
                Columns.usd(marginUsd), Columns.fixed(liquidationPrice, priceScale));
    }
}
