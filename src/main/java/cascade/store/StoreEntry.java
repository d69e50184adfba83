package cascade.store;

import java.sql.SQLException;

/**
 * One immutable fact waiting in the recorder's queue to be written. Built on the engine thread (cheap:
 * no conversions), converted to rows on the writer thread.
 */
interface StoreEntry {
    /** Short name of the record kind for logs and error counts ("fill", "decision" …). */
    String kind();

    /** Adds this entry's rows for the given run to the batch. */
    void writeTo(SqlBatch batch, long runId) throws SQLException;
}
