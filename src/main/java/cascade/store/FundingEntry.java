package cascade.store;

import cascade.model.FundingPayment;
import cascade.market.Fixed;
import cascade.market.Instrument;
import java.sql.SQLException;

/** Funding settled on a position. */
record FundingEntry(long seq, Instrument instrument, FundingPayment payment) implements StoreEntry {
    private static final String SQL = "INSERT INTO funding_payments (run_id, seq, venue, symbol, funding_time_ms,"
            + " position_qty, mark_price, rate, amount_usd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public String kind() {
        return "funding";
    }

    @Override
    public void writeTo(SqlBatch batch, long runId) throws SQLException {
        batch.add(SQL, runId, seq, instrument.venue(), instrument.symbol(), payment.fundingTimeMs(),
                Columns.fixed(payment.positionQty(), instrument.qtyScale()),
                Columns.fixed(payment.markPrice(), instrument.priceScale()),
                Columns.fixed(payment.rate(), Fixed.RATE_SCALE), Columns.usd(payment.amountUsd()));
    }
}
