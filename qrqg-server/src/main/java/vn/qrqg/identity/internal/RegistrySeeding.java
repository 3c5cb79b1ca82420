package vn.qrqg.identity.internal;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.SyntheticPeople;
import vn.qrqg.platform.database.OnceOnlySeeding;

/**
 * Seeds the reference registry with {@link SyntheticPopulation} on the first start, when
 * {@code identity_person} is empty, in the background once the platform is up.
 */
final class RegistrySeeding extends OnceOnlySeeding implements SyntheticPeople {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrySeeding.class);
    /** The advisory lock taken while seeding: "identity" in ASCII. */
    static final long LOCK = 0x6964656e74697479L;

    private final AdministrativeUnits units;
    private final int size;

    RegistrySeeding(DataSource dataSource, AdministrativeUnits units, int size) {
        super("identity-seed", "the reference registry's people", dataSource, LOCK);
        this.units = units;
        this.size = size;
    }

    @Override
    public CompletableFuture<Integer> seeded() {
        return completion().thenApply(added -> size);
    }

    @Override
    public Stream<RegisteredPerson> first(int count) {
        SyntheticPopulation population = new SyntheticPopulation(units);
        return Stream.generate(population::next).limit(count);
    }

    @Override
    protected int plan() {
        return size;
    }

    @Override
    protected String seededAlready() {
        return "select exists (select 1 from identity_person)";
    }

    @Override
    protected String copyCommand() {
        return "copy identity_person (" + CopyRows.COLUMNS + ") from stdin";
    }

    @Override
    protected long write(int count, Rows rows) throws SQLException {
        SyntheticPopulation population = new SyntheticPopulation(units);
        long started = System.nanoTime();
        int progressStep = Math.max(1_000_000, count / 10);
        for (int i = 1; i <= count; i++) {
            CopyRows.append(rows.buffer(), population.next());
            rows.rowsAppended();
            if (i % progressStep == 0 && i < count) {
                LOG.info("Seeding the reference registry: {} of {} people after {} s", i, count,
                        (System.nanoTime() - started) / 1_000_000_000L);
            }
        }
        return count;
    }
}
