package vn.qrqg.identity.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.SyntheticPeople;

/**
 * Seeds the reference registry with {@link SyntheticPopulation} on the first start, in the
 * background once the platform is up, so that even ten million people never delay the start.
 * One transaction under an advisory lock: instances starting together seed once, and nobody
 * ever sees half a population. Rows stream into PostgreSQL's COPY.
 */
final class RegistrySeeding implements ApplicationListener<ApplicationReadyEvent>, DisposableBean, SyntheticPeople {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrySeeding.class);
    /** The advisory lock taken while seeding: "identity" in ASCII. */
    static final long LOCK = 0x6964656e74697479L;
    private static final int ROWS_PER_WRITE = 2_000;

    private final DataSource dataSource;
    private final AdministrativeUnits units;
    private final int size;
    private final CompletableFuture<Long> completion = new CompletableFuture<>();
    private volatile boolean stopping;
    private Thread worker;

    RegistrySeeding(DataSource dataSource, AdministrativeUnits units, int size) {
        this.dataSource = dataSource;
        this.units = units;
        this.size = size;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (worker != null) {
            return;
        }
        if (size == 0) {
            completion.complete(0L);
            return;
        }
        worker = Thread.ofPlatform().name("identity-seed").daemon().start(() -> {
            try (Connection connection = dataSource.getConnection()) {
                completion.complete(seed(connection, size));
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    LOG.info("Seeding the reference registry stopped with the platform; the next start seeds again");
                } else {
                    LOG.error("Seeding the reference registry failed; the next start tries again", e);
                }
                completion.completeExceptionally(e);
            }
        });
    }

    /** How many people the background seeding added: 0 when the registry already had people. */
    CompletableFuture<Long> completion() {
        return completion;
    }

    @Override
    public CompletableFuture<Integer> seeded() {
        return completion.thenApply(added -> size);
    }

    @Override
    public Stream<RegisteredPerson> first(int count) {
        SyntheticPopulation population = new SyntheticPopulation(units);
        return Stream.generate(population::next).limit(count);
    }

    /**
     * Adds {@code count} synthetic people to {@code identity_person} (as the connection's search
     * path resolves it) when it is empty, in one transaction.
     *
     * @return how many were added: {@code count}, or 0 when the table already had people
     */
    long seed(Connection connection, int count) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + LOCK + ")");
            try (ResultSet rows = statement.executeQuery("select exists (select 1 from identity_person)")) {
                rows.next();
                if (rows.getBoolean(1)) {
                    connection.rollback();
                    LOG.info("The reference registry already has people: not seeding it");
                    return 0;
                }
            }
            statement.execute("set local synchronous_commit = off");
            long started = System.nanoTime();
            LOG.info("Seeding the reference registry with {} synthetic people (seed {})", count, SyntheticPopulation.SEED);
            copy(connection, count, started);
            connection.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info("Seeded the reference registry with {} people in {} s ({} a second)", count,
                    String.format("%.1f", seconds), Math.round(count / Math.max(seconds, 1e-3)));
            return count;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void copy(Connection connection, int count, long started) throws SQLException {
        SyntheticPopulation population = new SyntheticPopulation(units);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy identity_person (" + CopyRows.COLUMNS + ") from stdin");
        try {
            StringBuilder rows = new StringBuilder(ROWS_PER_WRITE * 200);
            int progressStep = Math.max(1_000_000, count / 10);
            for (int i = 1; i <= count; i++) {
                CopyRows.append(rows, population.next());
                if (i % ROWS_PER_WRITE == 0 || i == count) {
                    if (stopping) {
                        throw new IllegalStateException("the platform is stopping: seeding abandoned, to be redone on the next start");
                    }
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
                if (i % progressStep == 0 && i < count) {
                    LOG.info("Seeding the reference registry: {} of {} people after {} s", i, count,
                            (System.nanoTime() - started) / 1_000_000_000L);
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        Thread running;
        synchronized (this) {
            running = worker;
        }
        if (running != null) {
            running.join(10_000);
        }
    }
}
