package cascade.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database that hangs: {@link #getConnection()} blocks until {@link #release()}, then hands out the real
 * store's connections. Stands in for a stuck or very slow database under the recorder's writer thread.
 */
final class StuckDatabase implements DataSource {
    private final DataSource real;
    private final CountDownLatch asked = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    StuckDatabase(DataSource real) {
        this.real = real;
    }

    /** Waits until someone (the writer) is blocked asking for a connection; false after 30 s without. */
    boolean awaitStuckWriter() throws InterruptedException {
        return asked.await(30, TimeUnit.SECONDS);
    }

    /** The database recovers: blocked and later callers get their connections. */
    void release() {
        released.countDown();
    }

    @Override
    public Connection getConnection() throws SQLException {
        asked.countDown();
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the database was stuck", e);
        }
        return real.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the recorder asks without credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
