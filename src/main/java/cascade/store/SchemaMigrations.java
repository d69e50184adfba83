package cascade.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the store's schema up to date with the versioned SQL files in {@code db/migration}
 * ({@code V1__run_store.sql}, {@code V2__...}); Flyway records each applied version in
 * {@code flyway_schema_history}, so opening an up-to-date store changes nothing.
 */
final class SchemaMigrations {
    static final String LOCATION = "classpath:db/migration";

    private SchemaMigrations() {
    }

    /** Applies pending migrations and returns the schema version now in force. */
    static String migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
        flyway.migrate();
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
