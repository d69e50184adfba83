package cascade.store;

import cascade.config.StoreConfig;

import static cascade.store.StoreTestSupport.column;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.market.Instruments;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreMigrationTest {
    private static final String TABLES = "SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1";
    private static final String HISTORY = "SELECT CONCAT(COALESCE(\"version\", '-'), ' ', \"description\", ' ', \"success\")"
            + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";

    /** Flyway's own first row, written when it creates its history table. */
    private static final String MARKER = "- << Flyway Schema History table created >> TRUE";

    @Test
    void aNewFileStoreGetsTheWholeSchemaAndRecordsVersion3(@TempDir Path dir) throws SQLException {
        try (RunStore store = RunStore.open(StoreConfig.inDirectory(dir))) {
            assertThat(store.schemaVersion()).isEqualTo("4");
            assertThat(column(store, TABLES)).containsExactly("card_accuracy", "decision_readings", "decisions",
                    "fills", "flyway_schema_history", "funding_payments", "metrics", "orders", "positions", "run_details",
                    "runs", "trades", "weight_history", "weight_verdicts");
            assertThat(column(store, HISTORY)).containsExactly(MARKER, "1 run store TRUE", "2 order ids TRUE",
                    "3 run details TRUE", "4 learned weights TRUE");
        }
        assertThat(dir.resolve("cascade.mv.db")).isRegularFile();
    }

    @Test
    void reopeningAnUpToDateStoreAppliesNothingAndKeepsItsRuns(@TempDir Path dir) throws SQLException {
        RunInfo info = new RunInfo(RunKind.PAPER, "paper-btc", null, "capitulation-v1", null, "binance live feed",
                "0.1.0", 1_700_000_000_000L);
        try (RunStore store = RunStore.open(StoreConfig.inDirectory(dir));
                RunRecorder recorder = store.startRun(info, new Instruments())) {
            recorder.runFinished(RunStatus.STOPPED, 1_700_000_060_000L);
        }

        try (RunStore reopened = RunStore.open(StoreConfig.inDirectory(dir))) {
            assertThat(reopened.schemaVersion()).isEqualTo("4");
            assertThat(column(reopened, HISTORY)).containsExactly(MARKER, "1 run store TRUE", "2 order ids TRUE",
                    "3 run details TRUE", "4 learned weights TRUE");
            assertThat(reopened.queries().listRuns()).containsExactly(new StoredRun(1, RunKind.PAPER, "paper-btc",
                    null, "capitulation-v1", null, "binance live feed", "0.1.0", 1_700_000_000_000L,
                    1_700_000_060_000L, RunStatus.STOPPED));
        }
    }
}
