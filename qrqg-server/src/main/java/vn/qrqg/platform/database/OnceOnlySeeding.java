package vn.qrqg.platform.database;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Sample data a reference adapter ships (the registry's synthetic people, their health records,
 * their insurance cards), written once, in the background once the platform is up, so that even
 * ten million people never delay the start. One transaction under an advisory lock, skipped when
 * the data is there already: instances starting together seed once, and nobody ever sees half
 * of it. Rows stream into PostgreSQL's {@code COPY}. Stopped half-way (the platform stops), it
 * rolls back and the next start seeds again. A capability extends it with what to write.
 */
public abstract class OnceOnlySeeding implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(OnceOnlySeeding.class);
    /** Rows go to the database in writes of about this many characters. */
    private static final int CHARS_PER_WRITE = 512 * 1024;

    private final String name;
    private final String what;
    private final DataSource dataSource;
    private final long lock;
    private final CompletableFuture<Long> completion = new CompletableFuture<>();
    private volatile boolean stopping;
    private boolean started;
    private Thread worker;

    /**
     * @param name the worker thread's, e.g. {@code identity-seed}
     * @param what what is seeded, for the log, e.g. {@code "health records"}
     * @param lock the advisory lock that makes instances seed one at a time: this data's own
     */
    protected OnceOnlySeeding(String name, String what, DataSource dataSource, long lock) {
        this.name = name;
        this.what = what;
        this.dataSource = dataSource;
        this.lock = lock;
    }

    /** When the platform is up, on the thread that says so: note what the seeding needs of that moment. */
    protected void onReady() {
    }

    /** On the worker: how many people to seed for, 0 for nothing. May wait for another seeding. */
    protected abstract int plan();

    /** A query answering whether this data is seeded already, e.g. {@code select exists (...)}. */
    protected abstract String seededAlready();

    /** The {@code COPY ... from stdin} the rows go to. */
    protected abstract String copyCommand();

    /**
     * Writes the rows for {@code count} people.
     *
     * @return how many rows it wrote
     */
    protected abstract long write(int count, Rows rows) throws SQLException;

    /**
     * A second table filled from the same people in the same transaction, after the first: its
     * {@code COPY ... from stdin}, or null (the default) for none.
     */
    protected String followingCopyCommand() {
        return null;
    }

    /** Writes the rows of {@link #followingCopyCommand()} for {@code count} people; not counted as added. */
    protected void writeFollowing(int count, Rows rows) throws SQLException {
        throw new UnsupportedOperationException("no following copy");
    }

    /** Writes the rows of one {@code COPY}. */
    private interface Writer {
        long write(int count, Rows rows) throws SQLException;
    }

    @Override
    public final synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (started) {
            return;
        }
        started = true;
        onReady();
        worker = Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                int count = plan();
                if (count == 0) {
                    completion.complete(0L);
                    return;
                }
                try (Connection connection = dataSource.getConnection()) {
                    completion.complete(seed(connection, count));
                }
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    LOG.info("Seeding {} stopped with the platform; the next start seeds again", what);
                } else {
                    LOG.error("Seeding {} failed (SQL state {}); the next start tries again", what,
                            e instanceof SQLException sql ? sql.getSQLState() : "none", e);
                }
                completion.completeExceptionally(e);
            }
        });
    }

    /** How many rows the background seeding added: 0 when there was nothing to do. */
    public final CompletableFuture<Long> completion() {
        return completion;
    }

    /**
     * Adds the rows for {@code count} people (to the tables the connection's search path
     * resolves) unless they are there already, in one transaction.
     *
     * @return how many rows were added: 0 when the data was there already
     */
    public final long seed(Connection connection, int count) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + lock + ")");
            try (ResultSet rows = statement.executeQuery(seededAlready())) {
                rows.next();
                if (rows.getBoolean(1)) {
                    connection.rollback();
                    LOG.info("Not seeding {}: they are there already", what);
                    return 0;
                }
            }
            statement.execute("set local synchronous_commit = off");
            long started = System.nanoTime();
            LOG.info("Seeding {} for {} synthetic people", what, count);
            long added = copy(connection, copyCommand(), count, this::write);
            if (followingCopyCommand() != null) {
                copy(connection, followingCopyCommand(), count, (people, rows) -> {
                    writeFollowing(people, rows);
                    return 0;
                });
            }
            connection.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info("Seeded {} {} for {} synthetic people in {} s ({} rows a second)", added, what, count,
                    String.format("%.1f", seconds), Math.round(added / Math.max(seconds, 1e-3)));
            return added;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private long copy(Connection connection, String command, int count, Writer writer) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(command);
        try {
            Rows rows = new Rows(copy);
            long added = writer.write(count, rows);
            rows.flush();
            copy.endCopy();
            return added;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    @Override
    public final void destroy() throws InterruptedException {
        stopping = true;
        Thread running;
        synchronized (this) {
            running = worker;
        }
        if (running != null) {
            running.join(10_000);
        }
    }

    /** Where {@link #write} puts its rows, in {@code COPY}'s text format, each ending in a newline. */
    public final class Rows {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(CHARS_PER_WRITE + 4096);

        private Rows(CopyIn copy) {
            this.copy = copy;
        }

        /** The buffer to append whole rows to; call {@link #rowsAppended()} after each. */
        public StringBuilder buffer() {
            return buffer;
        }

        /** Sends the rows so far once there are enough of them, unless the platform is stopping. */
        public void rowsAppended() throws SQLException {
            if (buffer.length() >= CHARS_PER_WRITE) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (stopping) {
                throw new IllegalStateException("the platform is stopping: seeding abandoned, to be redone on the next start");
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
