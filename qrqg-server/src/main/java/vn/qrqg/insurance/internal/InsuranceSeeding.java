package vn.qrqg.insurance.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.SyntheticPeople;
import vn.qrqg.insurance.InsuranceCard;
import vn.qrqg.insurance.InsuranceChecks;

/**
 * The reference social-insurance database's sample data: once the reference registry's synthetic
 * people are seeded, their cards ({@link SeedCards}, as of the start's day), in the background.
 * Once only: one transaction under an advisory lock, skipped when seeded cards exist; stopped
 * half-way, it rolls back and the next start seeds again.
 */
final class InsuranceSeeding implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(InsuranceSeeding.class);
    /** "bhyt" in ASCII. */
    private static final long LOCK = 0x62687974L;
    static final String SEEDED = "reference-seed";
    private static final int ROWS_PER_WRITE = 5_000;

    private final SyntheticPeople people;
    private final AdministrativeAreas areas;
    private final DataSource dataSource;
    private final Clock clock;
    private final CompletableFuture<Long> completion = new CompletableFuture<>();
    private boolean started;

    /** @param people {@code null} without the reference registry: nobody to seed cards for */
    InsuranceSeeding(SyntheticPeople people, AdministrativeAreas areas, DataSource dataSource, Clock clock) {
        this.people = people;
        this.areas = areas;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (started) {
            return;
        }
        started = true;
        if (people == null) {
            completion.complete(0L);
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(InsuranceChecks.VIETNAM));
        people.seeded().thenApplyAsync(count -> count == 0 ? 0L : seed(count, today),
                        task -> Thread.ofVirtual().name("insurance-seed").start(task))
                .whenComplete((added, failure) -> {
                    if (failure != null) {
                        LOG.error("Seeding health-insurance cards failed; the next start tries again", failure);
                        completion.completeExceptionally(failure);
                    } else {
                        completion.complete(added);
                    }
                });
    }

    /** How many cards the background seeding added: 0 when there was nothing to do. */
    CompletableFuture<Long> completion() {
        return completion;
    }

    /** The cards of the first {@code count} synthetic people, when no seeded card exists, in one transaction. */
    long seed(int count, LocalDate today) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + LOCK + ")");
                try (ResultSet rows = statement.executeQuery(
                        "select exists (select 1 from insurance_card where source = '" + SEEDED + "')")) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        connection.rollback();
                        return 0;
                    }
                }
                statement.execute("set local synchronous_commit = off");
                long added = copy(connection, count, today);
                connection.commit();
                LOG.info("Seeded {} health-insurance cards for {} synthetic people", added, count);
                return added;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed health-insurance cards (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private long copy(Connection connection, int count, LocalDate today) throws SQLException {
        SeedCards cards = new SeedCards(today);
        Set<String> numbers = new HashSet<>();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy insurance_card (card_number, document_number, valid_from, valid_to, source) from stdin");
        long added = 0;
        try {
            StringBuilder rows = new StringBuilder(ROWS_PER_WRITE * 64);
            Iterator<RegisteredPerson> synthetic = people.first(count).iterator();
            for (long index = 0; synthetic.hasNext(); index++) {
                RegisteredPerson person = synthetic.next();
                Optional<InsuranceCard> card = cards.of(index, person, provinceOf(person));
                if (card.isPresent() && numbers.add(card.get().cardNumber())) {
                    InsuranceCard c = card.get();
                    rows.append(c.cardNumber()).append('\t').append(c.documentNumber()).append('\t')
                            .append(c.validFrom()).append('\t').append(c.validTo()).append('\t').append(SEEDED).append('\n');
                    added++;
                }
                if (rows.length() > ROWS_PER_WRITE * 60 || !synthetic.hasNext()) {
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

    private String provinceOf(RegisteredPerson person) {
        return person.communeCode() == null ? null
                : areas.commune(person.communeCode()).map(AdministrativeAreas.Commune::provinceCode).orElse(null);
    }
}
