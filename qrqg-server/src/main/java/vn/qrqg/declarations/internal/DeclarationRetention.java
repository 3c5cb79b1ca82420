package vn.qrqg.declarations.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Regulation 733: declarations are deleted, irrecoverably, once older than the retention. Every
 * {@code checkEvery} the daily partitions that hold only expired declarations are dropped whole
 * (no dead rows left for a vacuum, no long DELETE). Reads never answer an expired declaration
 * meanwhile, so the partition that straddles the cutoff may keep some for up to a day.
 * Instances that run it at once take turns per table on an advisory lock; the loser skips the
 * table, whose partitions the winner drops, and {@code drop table if exists} makes a repeat harmless.
 */
final class DeclarationRetention implements AutoCloseable {
    static final List<String> TABLES = List.of("declarations_health", "declarations_travel");
    private static final Logger LOG = LoggerFactory.getLogger(DeclarationRetention.class);

    private final DataSource dataSource;
    private final Duration retention;
    private final Duration checkEvery;
    private final Clock clock;
    private ScheduledExecutorService checks;

    DeclarationRetention(DataSource dataSource, Duration retention, Duration checkEvery, Clock clock) {
        this.dataSource = dataSource;
        this.retention = retention;
        this.checkEvery = checkEvery;
        this.clock = clock;
    }

    /** Drops what expired, at once in the background (not to slow the start-up), then every {@code checkEvery}. */
    synchronized void start() {
        checks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("declarations-retention").factory());
        checks.scheduleWithFixedDelay(this::dropExpiredAndLog, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }

    /** Drops the partitions of every declaration table that expired; the names of those dropped. */
    List<String> dropExpired() {
        List<String> dropped = new ArrayList<>();
        for (String table : TABLES) {
            dropped.addAll(dropExpired(table));
        }
        if (!dropped.isEmpty()) {
            LOG.info("Dropped the expired declaration partitions {}", dropped);
        }
        return dropped;
    }

    private List<String> dropExpired(String table) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                List<String> expired = List.of();
                if (locked(sql, table)) {
                    expired = ExpiredPartitions.of(table, partitions(sql, table), clock.instant().minus(retention));
                    for (String partition : expired) {
                        sql.execute("drop table if exists " + partition);
                    }
                }
                connection.commit();
                return expired;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the expired partitions of " + table + " (SQL state "
                    + e.getSQLState() + ")", e);
        }
    }

    /** Another instance holding it is dropping this table's partitions now: nothing left to do here. */
    private static boolean locked(Statement sql, String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select pg_try_advisory_xact_lock(hashtext('" + table
                + "_retention'))")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static List<String> partitions(Statement sql, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select child.relname from pg_inherits"
                + " join pg_class child on child.oid = pg_inherits.inhrelid"
                + " where pg_inherits.inhparent = '" + table + "'::regclass")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private void dropExpiredAndLog() {
        try {
            dropExpired();
        } catch (RuntimeException e) {
            // the next run tries again; reads already leave expired declarations out
            LOG.error("Dropping the expired declaration partitions failed", e);
        }
    }
}
