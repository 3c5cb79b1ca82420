package vn.qrqg.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One partition per UTC day for a table declared {@code partition by range (<timestamptz column>)}:
 * {@code <table>_pYYYYMMDD} holds {@code [day 00:00Z, next day 00:00Z)}. {@link #start} creates the
 * partitions from {@code daysBehind} days ago to {@code daysAhead} days ahead, failing the start-up
 * if it cannot, and checks again every {@code checkEvery}, so that a row never finds its day
 * missing. Instances that check at once take turns on an advisory lock. It signs in as the
 * {@link SchemaOwner}: creating and dropping partitions is the owner's alone. Dropping old partitions
 * ({@link #dropBefore}, for a retention) is the owning capability's call, on its own schedule.
 * Declare it as a bean with
 * {@code initMethod = "start", destroyMethod = "close"}.
 */
public final class DailyPartitions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyPartitions.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,48}");
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

    private final DataSource dataSource;
    private final String table;
    private final int daysBehind;
    private final int daysAhead;
    private final Duration checkEvery;
    private final Clock clock;
    private final List<String> afterCreate;
    private ScheduledExecutorService checks;

    /**
     * @param table the partitioned table, a plain lower-case SQL name
     * @param afterCreate statements run in the same transaction as each new partition's
     *        creation, with {@code {partition}} standing for its name (e.g. a trigger that a
     *        partition does not inherit from its parent)
     */
    public DailyPartitions(SchemaOwner owner, String table, int daysBehind, int daysAhead, Duration checkEvery,
            Clock clock, List<String> afterCreate) {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain lower-case table name: " + table);
        }
        if (daysBehind < 0 || daysAhead < 1 || checkEvery.isNegative() || checkEvery.isZero()) {
            throw new IllegalArgumentException("partitions of " + table + ": days behind >= 0, days ahead >= 1 "
                    + "and a positive check interval are needed");
        }
        this.dataSource = owner.dataSource();
        this.table = table;
        this.daysBehind = daysBehind;
        this.daysAhead = daysAhead;
        this.checkEvery = checkEvery;
        this.clock = clock;
        this.afterCreate = List.copyOf(afterCreate);
    }

    /** Creates the missing partitions now, then checks every {@code checkEvery} in the background. */
    public synchronized void start() {
        ensure();
        checks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(table + "-partitions")
                .factory());
        long every = checkEvery.toMillis();
        checks.scheduleWithFixedDelay(this::ensureAndLog, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }

    /** Creates the partitions of the days around today (UTC) that do not exist yet; the names of those it created. */
    public List<String> ensure() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<String> created = underLock("create the daily partitions of", sql -> {
            List<String> made = new ArrayList<>();
            for (LocalDate day = today.minusDays(daysBehind); !day.isAfter(today.plusDays(daysAhead));
                    day = day.plusDays(1)) {
                String partition = partitionOf(day);
                if (!exists(sql, partition)) {
                    create(sql, partition, day);
                    made.add(partition);
                }
            }
            return made;
        });
        if (!created.isEmpty()) {
            LOG.info("Created partitions {}", created);
        }
        return created;
    }

    /**
     * Drops, whole, every partition of the table that holds only rows before {@code cutoff} (its
     * day ended at or before it): no row-by-row delete, no vacuum debt. Safe on several instances
     * at once: each holds the advisory lock {@link #ensure} takes, and dropping what another
     * instance dropped already is a no-op. Waits at most 5 seconds for the table's own lock, so
     * that writers never stall behind it: the next run tries again.
     *
     * @return the names of the partitions dropped, in order
     */
    public List<String> dropBefore(Instant cutoff) {
        return underLock("drop the expired partitions of", sql -> {
            sql.execute("set local lock_timeout = '5s'");
            List<String> expired = ExpiredPartitions.of(table, partitions(sql), cutoff);
            for (String partition : expired) {
                sql.execute("drop table if exists " + partition);
            }
            return expired;
        });
    }

    /** The partition that holds the rows of this UTC day. */
    public String partitionOf(LocalDate day) {
        return table + "_p" + day.format(SUFFIX);
    }

    private void ensureAndLog() {
        try {
            ensure();
        } catch (RuntimeException e) {
            // the next check tries again; partitions exist days ahead, so one failure loses nothing
            LOG.error("Checking the partitions of {} failed", table, e);
        }
    }

    private interface Work {
        List<String> run(Statement sql) throws SQLException;
    }

    /** {@code work} in one transaction holding the table's partitions lock; {@code what} names it in a failure. */
    private List<String> underLock(String what, Work work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select pg_advisory_xact_lock(hashtext('" + table + "_partitions'))");
                List<String> done = work.run(sql);
                connection.commit();
                return done;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what + " " + table + " (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private List<String> partitions(Statement sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rows = sql.executeQuery("select child.relname from pg_inherits join pg_class child"
                + " on child.oid = pg_inherits.inhrelid where pg_inherits.inhparent = '" + table + "'::regclass")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static boolean exists(Statement sql, String partition) throws SQLException {
        try (var rows = sql.executeQuery("select to_regclass('" + partition + "') is not null")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private void create(Statement sql, String partition, LocalDate day) throws SQLException {
        sql.execute("create table if not exists " + partition + " partition of " + table + " for values from ('"
                + day + " 00:00:00+00') to ('" + day.plusDays(1) + " 00:00:00+00')");
        for (String statement : afterCreate) {
            sql.execute(statement.replace("{partition}", partition));
        }
    }
}
