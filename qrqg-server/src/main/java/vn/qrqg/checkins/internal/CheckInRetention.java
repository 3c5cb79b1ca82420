package vn.qrqg.checkins.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.platform.database.DailyPartitions;

/**
 * The daily partitions of {@code checkins_event}: kept ready ({@link DailyPartitions}), and dropped
 * past the retention. Regulation 733: check-ins older than the retention are removed, a whole day's partition at a
 * time ({@code DROP TABLE}: no row-by-row delete, no vacuum debt). A partition goes once its
 * whole day is older than the retention. Safe on several instances at once: each run holds the
 * same transaction-scoped advisory lock that {@code DailyPartitions} takes to create partitions
 * of the table, and dropping what another instance dropped already is a no-op. Waits at most a
 * few seconds for the table's lock, so that ingestion never stalls behind it: the next run tries again.
 */
final class CheckInRetention implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CheckInRetention.class);
    static final String TABLE = "checkins_event";
    private static final Pattern PARTITION = Pattern.compile(TABLE + "_p([0-9]{8})");

    private final DataSource dataSource;
    private final DailyPartitions partitions;
    private final Duration retention;
    private final Duration checkEvery;
    private final Clock clock;
    private ScheduledExecutorService runs;

    CheckInRetention(DataSource dataSource, DailyPartitions partitions, Duration retention, Duration checkEvery,
            Clock clock) {
        this.dataSource = dataSource;
        this.partitions = partitions;
        this.retention = retention;
        this.checkEvery = checkEvery;
        this.clock = clock;
    }

    /**
     * Creates the missing partitions (failing the start-up if it cannot) and keeps them ready;
     * drops what is due now, then again every {@code checkEvery}, in the background.
     */
    synchronized void start() {
        partitions.start();
        runs = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(TABLE + "-retention")
                .factory());
        runs.scheduleWithFixedDelay(this::dropExpiredAndLog, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        partitions.close();
        if (runs != null) {
            runs.shutdownNow();
        }
    }

    /** Drops every partition whose day ended more than the retention ago; the names dropped. */
    List<String> dropExpired() {
        // a partition of day D holds [D, D+1) UTC: all of it is past the retention once D+1 is
        LocalDate firstKept = clock.instant().minus(retention).atOffset(ZoneOffset.UTC).toLocalDate();
        List<String> dropped = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select pg_advisory_xact_lock(hashtext('" + TABLE + "_partitions'))");
                sql.execute("set local lock_timeout = '5s'");
                for (String partition : partitions(sql)) {
                    LocalDate day = dayOf(partition);
                    if (day != null && day.isBefore(firstKept)) {
                        sql.execute("drop table if exists " + partition);
                        dropped.add(partition);
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the expired partitions of " + TABLE + " (SQL state "
                    + e.getSQLState() + ")", e);
        }
        if (!dropped.isEmpty()) {
            LOG.info("Dropped check-in partitions past the retention of {}: {}", retention, dropped);
        }
        return dropped;
    }

    private void dropExpiredAndLog() {
        try {
            dropExpired();
        } catch (RuntimeException e) {
            LOG.error("Dropping the expired check-in partitions failed; the next run tries again", e);
        }
    }

    private static List<String> partitions(Statement sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                + "where i.inhparent = '" + TABLE + "'::regclass order by c.relname")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** The day of a daily partition's name, or null for any other table (left alone). */
    static LocalDate dayOf(String partition) {
        Matcher name = PARTITION.matcher(partition);
        if (!name.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(name.group(1), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
