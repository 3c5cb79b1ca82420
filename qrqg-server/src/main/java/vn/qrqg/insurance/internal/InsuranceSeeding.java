package vn.qrqg.insurance.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.SyntheticPeople;
import vn.qrqg.insurance.InsuranceCard;
import vn.qrqg.insurance.InsuranceChecks;
import vn.qrqg.platform.database.OnceOnlySeeding;

/**
 * The reference social-insurance database's sample data: once the reference registry's synthetic
 * people are seeded, their cards ({@link SeedCards}, as of the start's day). Skipped when seeded
 * cards exist.
 */
final class InsuranceSeeding extends OnceOnlySeeding {
    /** "bhyt" in ASCII. */
    private static final long LOCK = 0x62687974L;
    static final String SEEDED = "reference-seed";

    private final SyntheticPeople people;
    private final AdministrativeAreas areas;
    private final Clock clock;
    private volatile LocalDate today;

    /** @param people {@code null} without the reference registry: nobody to seed cards for */
    InsuranceSeeding(SyntheticPeople people, AdministrativeAreas areas, DataSource dataSource, Clock clock) {
        super("insurance-seed", "health-insurance cards", dataSource, LOCK);
        this.people = people;
        this.areas = areas;
        this.clock = clock;
    }

    @Override
    protected void onReady() {
        today = LocalDate.now(clock.withZone(InsuranceChecks.VIETNAM));
    }

    @Override
    protected int plan() {
        return people == null ? 0 : people.seeded().join();
    }

    @Override
    protected String seededAlready() {
        return "select exists (select 1 from insurance_card where source = '" + SEEDED + "')";
    }

    @Override
    protected String copyCommand() {
        return "copy insurance_card (card_number, document_number, valid_from, valid_to, source) from stdin";
    }

    @Override
    protected long write(int count, Rows rows) throws SQLException {
        SeedCards cards = new SeedCards(today);
        Set<String> numbers = new HashSet<>();
        StringBuilder out = rows.buffer();
        long added = 0;
        Iterator<RegisteredPerson> synthetic = people.first(count).iterator();
        for (long index = 0; synthetic.hasNext(); index++) {
            RegisteredPerson person = synthetic.next();
            Optional<InsuranceCard> card = cards.of(index, person, provinceOf(person));
            if (card.isPresent() && numbers.add(card.get().cardNumber())) {
                InsuranceCard c = card.get();
                out.append(c.cardNumber()).append('\t').append(c.documentNumber()).append('\t')
                        .append(c.validFrom()).append('\t').append(c.validTo()).append('\t').append(SEEDED).append('\n');
                added++;
                rows.rowsAppended();
            }
        }
        return added;
    }

    private String provinceOf(RegisteredPerson person) {
        return person.communeCode() == null ? null
                : areas.commune(person.communeCode()).map(AdministrativeAreas.Commune::provinceCode).orElse(null);
    }
}
