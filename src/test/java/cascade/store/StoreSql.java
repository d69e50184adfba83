package cascade.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A connection to a store's database for tests outside this package that join its tables. */
public final class StoreSql {
    private StoreSql() {
    }

    public static Connection connect(RunStore store) throws SQLException {
        return store.dataSource().getConnection();
    }
}
