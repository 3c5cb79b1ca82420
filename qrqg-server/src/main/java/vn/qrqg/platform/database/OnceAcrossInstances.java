package vn.qrqg.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Work that one instance at a time does, whatever the number of instances: each run of a name
 * takes PostgreSQL's session-level advisory lock keyed by that name ({@code pg_try_advisory_lock}),
 * on a pooled connection held for the run, and is skipped when another instance (or thread) holds
 * it. The lock goes with the connection if the instance dies midway, so a killed instance never
 * blocks the others. Thread-safe.
 */
public final class OnceAcrossInstances {
    private final DataSource dataSource;

    public OnceAcrossInstances(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} unless a run named {@code name} is going on anywhere.
     *
     * @return whether it ran
     * @throws DataAccessResourceFailureException when the database cannot be reached for the lock
     */
    public boolean runUnlessBusy(String name, Runnable work) {
        String key = "qrqg-once:" + name;
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("no connection for the lock of " + name, e);
        }
        boolean locked = false;
        try {
            locked = call(connection, "select pg_try_advisory_lock(hashtextextended(?, 0))", key);
            if (locked) {
                work.run();
            }
            return locked;
        } finally {
            release(connection, locked, key);
        }
    }

    /** Unlocks before the connection goes back to the pool; one that cannot unlock leaves the pool. */
    private void release(Connection connection, boolean locked, String key) {
        boolean unlocked = !locked;
        if (locked) {
            try {
                unlocked = call(connection, "select pg_advisory_unlock(hashtextextended(?, 0))", key);
            } catch (DataAccessResourceFailureException e) {
                unlocked = false;
            }
        }
        if (!unlocked && dataSource instanceof HikariDataSource pool) {
            pool.evictConnection(connection); // closes it, and the session's lock with it
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // already closed or evicted: the lock went with the session
        }
    }

    private static boolean call(Connection connection, String sql, String key) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the advisory lock failed", e);
        }
    }
}
