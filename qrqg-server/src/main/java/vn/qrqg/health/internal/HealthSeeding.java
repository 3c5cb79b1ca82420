package vn.qrqg.health.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.SyntheticPeople;

/**
 * The reference adapter of the national health systems: once the reference registry's synthetic
 * people are seeded, gives the first {@code qrqg.health.seed-size} of them {@link SeedRecords}
 * relative to now, in the background, so that a newcomer scans green, yellow and red people at
 * once. Once only: one transaction under an advisory lock, skipped when seeded records exist.
 */
final class HealthSeeding implements ApplicationListener<ApplicationReadyEvent>, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(HealthSeeding.class);
    /** "health" in ASCII. */
    static final long LOCK = 0x6865616c7468L;
    static final String SEEDED_BY = "reference-seed";
    private static final int ROWS_PER_WRITE = 2_000;

    private final SyntheticPeople people;
    private final PopulationRegistry registry;
    private final DataSource dataSource;
    private final HealthDataKey key;
    private final AdministrativeAreas areas;
    private final Clock clock;
    private final int size;
    private final CompletableFuture<Long> completion = new CompletableFuture<>();
    private volatile boolean stopping;
    private Thread worker;

    /** @param people {@code null} without the reference registry: nothing to seed for */
    HealthSeeding(SyntheticPeople people, PopulationRegistry registry, DataSource dataSource, HealthDataKey key,
            AdministrativeAreas areas, Clock clock, int size) {
        this.people = people;
        this.registry = registry;
        this.dataSource = dataSource;
        this.key = key;
        this.areas = areas;
        this.clock = clock;
        this.size = size;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (worker != null) {
            return;
        }
        if (people == null || size == 0) {
            completion.complete(0L);
            return;
        }
        Instant now = clock.instant(); // the start's: records are relative to it, however long the registry takes
        worker = Thread.ofPlatform().name("health-seed").daemon().start(() -> {
            try {
                int count = Math.min(size, people.seeded().join());
                completion.complete(count == 0 || !registryHoldsThem() ? 0L : seed(count, now));
            } catch (RuntimeException e) {
                if (stopping) {
                    LOG.info("Seeding health records stopped with the platform; the next start seeds again");
                } else {
                    LOG.error("Seeding health records failed; the next start tries again", e);
                }
                completion.completeExceptionally(e);
            }
        });
    }

    /** How many records the background seeding added: 0 when there was nothing to do. */
    CompletableFuture<Long> completion() {
        return completion;
    }

    /** The registry may have been filled by imports instead: the first synthetic person tells. */
    private boolean registryHoldsThem() {
        String first = people.first(1).findFirst().map(RegisteredPerson::documentNumber).orElse(null);
        boolean holds = first != null && registry.findByDocumentNumber(first).isPresent();
        if (!holds) {
            LOG.info("The registry does not hold the synthetic people: not seeding health records for them");
        }
        return holds;
    }

    /** Adds the records of the first {@code count} synthetic people when no seeded record exists, in one transaction. */
    long seed(int count, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + LOCK + ")");
                try (ResultSet rows = statement.executeQuery(
                        "select exists (select 1 from health_record where pushed_by = '" + SEEDED_BY + "')")) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        connection.rollback();
                        LOG.info("Health records are seeded already: not seeding them");
                        return 0;
                    }
                }
                statement.execute("set local synchronous_commit = off");
                long started = System.nanoTime();
                long added = copy(connection, count, now);
                connection.commit();
                LOG.info("Seeded {} health records for {} synthetic people in {} s", added, count,
                        String.format("%.1f", (System.nanoTime() - started) / 1e9));
                return added;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed health records (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private long copy(Connection connection, int count, Instant now) throws SQLException {
        SeedRecords generator = new SeedRecords();
        HexFormat hex = HexFormat.of();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy health_record (id, kind, source_id, person_key, content, pushed_by) from stdin");
        long added = 0;
        try {
            StringBuilder rows = new StringBuilder(ROWS_PER_WRITE * 400);
            Iterator<RegisteredPerson> synthetic = people.first(count).iterator();
            for (long index = 0; synthetic.hasNext(); index++) {
                RegisteredPerson person = synthetic.next();
                String personKey = hex.formatHex(key.personKey(person.documentNumber()));
                for (SeedRecords.Seeded seeded : generator.of(index, person, now, site(person), lab(person))) {
                    UUID id = UUID.randomUUID();
                    byte[] content = key.seal(id, HealthJson.MAPPER.writeValueAsBytes(seeded.content()));
                    // bytea in COPY's text format: \x and hex, the backslash escaped
                    rows.append(id).append('\t').append(seeded.content().kind().name()).append('\t')
                            .append(seeded.sourceId()).append("\t\\\\x").append(personKey)
                            .append("\t\\\\x").append(hex.formatHex(content)).append('\t').append(SEEDED_BY).append('\n');
                    added++;
                }
                if (index % ROWS_PER_WRITE == 0 || !synthetic.hasNext()) {
                    if (stopping) {
                        throw new IllegalStateException("the platform is stopping: seeding abandoned, to be redone on "
                                + "the next start");
                    }
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            copy.endCopy();
            return added;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The vaccination site of a synthetic person: their commune's health station. */
    private String site(RegisteredPerson person) {
        return areas.commune(person.communeCode()).map(commune -> "Trạm Y tế " + commune.name()).orElse(null);
    }

    /** Their province's centre for disease control: the lab of their tests, the facility of their recovery. */
    private String lab(RegisteredPerson person) {
        return areas.commune(person.communeCode()).flatMap(commune -> areas.province(commune.provinceCode()))
                .map(province -> "Trung tâm Kiểm soát bệnh tật " + province.name()).orElse(null);
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
