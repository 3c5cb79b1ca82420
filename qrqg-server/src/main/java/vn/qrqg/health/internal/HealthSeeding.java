package vn.qrqg.health.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.SyntheticPeople;
import vn.qrqg.platform.database.OnceOnlySeeding;

/**
 * The reference adapter of the national health systems: once the reference registry's synthetic
 * people are seeded, gives the first {@code qrqg.health.seed-size} of them {@link SeedRecords}
 * relative to the start, so that a newcomer scans green, yellow and red people at once. Skipped
 * when seeded records exist.
 */
final class HealthSeeding extends OnceOnlySeeding {
    private static final Logger LOG = LoggerFactory.getLogger(HealthSeeding.class);
    /** "health" in ASCII. */
    static final long LOCK = 0x6865616c7468L;
    static final String SEEDED_BY = "reference-seed";

    private final SyntheticPeople people;
    private final PopulationRegistry registry;
    private final HealthDataKey key;
    private final AdministrativeAreas areas;
    private final VaccineProducts products;
    private final Clock clock;
    private final int size;
    private volatile Instant start;

    /** @param people {@code null} without the reference registry: nothing to seed for */
    HealthSeeding(SyntheticPeople people, PopulationRegistry registry, DataSource dataSource, HealthDataKey key,
            AdministrativeAreas areas, VaccineProducts products, Clock clock, int size) {
        super("health-seed", "health records", dataSource, LOCK);
        this.people = people;
        this.registry = registry;
        this.key = key;
        this.areas = areas;
        this.products = products;
        this.clock = clock;
        this.size = size;
    }

    @Override
    protected void onReady() {
        start = clock.instant(); // records are relative to it, however long the registry takes
    }

    @Override
    protected int plan() {
        if (people == null || size == 0) {
            return 0;
        }
        int count = Math.min(size, people.seeded().join());
        return count == 0 || !registryHoldsThem() ? 0 : count;
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

    @Override
    protected String seededAlready() {
        return "select exists (select 1 from health_record where pushed_by = '" + SEEDED_BY + "')";
    }

    @Override
    protected String copyCommand() {
        return "copy health_record (id, kind, source_id, person_key, content, pushed_by) from stdin";
    }

    @Override
    protected String followingCopyCommand() {
        return "copy health_vaccination_status (person_key, commune_code, birth_year, first_dose_on, completed_on) from stdin";
    }

    /** The coverage facts of the same people, from the same records made again (they are the same for an index). */
    @Override
    protected void writeFollowing(int count, Rows rows) throws SQLException {
        SeedRecords generator = new SeedRecords();
        HexFormat hex = HexFormat.of();
        StringBuilder out = rows.buffer();
        Iterator<RegisteredPerson> synthetic = people.first(count).iterator();
        for (long index = 0; synthetic.hasNext(); index++) {
            RegisteredPerson person = synthetic.next();
            List<RecordContent> contents = generator.of(index, person, start, null, null).stream()
                    .map(SeedRecords.Seeded::content).toList();
            VaccinationStatuses.Status status = VaccinationStatuses.Status.of(person,
                    HealthRecordStore.viewUnsaved(contents, products).vaccinations()).orElse(null);
            if (status != null) {
                out.append("\\\\x").append(hex.formatHex(key.personKey(person.documentNumber()))).append('\t')
                        .append(status.communeCode() == null ? "\\N" : status.communeCode()).append('\t')
                        .append(status.birthYear()).append('\t').append(status.firstDoseOn()).append('\t')
                        .append(status.completedOn() == null ? "\\N" : status.completedOn().toString()).append('\n');
                rows.rowsAppended();
            }
        }
    }

    @Override
    protected long write(int count, Rows rows) throws SQLException {
        SeedRecords generator = new SeedRecords();
        HexFormat hex = HexFormat.of();
        StringBuilder out = rows.buffer();
        long added = 0;
        Iterator<RegisteredPerson> synthetic = people.first(count).iterator();
        for (long index = 0; synthetic.hasNext(); index++) {
            RegisteredPerson person = synthetic.next();
            String personKey = hex.formatHex(key.personKey(person.documentNumber()));
            for (SeedRecords.Seeded seeded : generator.of(index, person, start, site(person), lab(person))) {
                UUID id = UUID.randomUUID();
                byte[] content = key.seal(id, HealthJson.MAPPER.writeValueAsBytes(seeded.content()));
                // bytea in COPY's text format: \x and hex, the backslash escaped
                out.append(id).append('\t').append(seeded.content().kind().name()).append('\t')
                        .append(seeded.sourceId()).append("\t\\\\x").append(personKey)
                        .append("\t\\\\x").append(hex.formatHex(content)).append('\t').append(SEEDED_BY).append('\n');
                added++;
            }
            rows.rowsAppended();
        }
        return added;
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
}
