package vn.qrqg.health;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.health.internal.CardEvaluator;
import vn.qrqg.health.internal.HealthRecordStore;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.RegisteredPerson;

/**
 * The COVID card (DOMAIN.md, "COVID card"): a person's colour under the rules of a province, from
 * their vaccination, test and recovery records and, where the province's rules ask, their exposure
 * alerts ({@link ExposureHistory}), with the reason and until when it holds. The province is that
 * of the scanner or venue where the card is shown, or the person's residence when they look at
 * their own card. Computed on every read, so a new or withdrawn alert shows at once. Callers that
 * answer it audit the read. Thread-safe.
 */
@Service
public class CovidCards {
    private final CardEvaluator evaluator;
    private final HealthRecordStore records;
    private final ExposureHistory exposures;
    private final AdministrativeAreas areas;
    private final Clock clock;

    CovidCards(CardEvaluator evaluator, HealthRecordStore records, ExposureHistory exposures, AdministrativeAreas areas,
            Clock clock) {
        this.evaluator = evaluator;
        this.records = records;
        this.exposures = exposures;
        this.areas = areas;
        this.clock = clock;
    }

    /**
     * The card at {@code at}.
     *
     * @param provinceCode whose rules apply; {@code null}: the person's residence, and the national
     *        default when that is unknown
     */
    public CovidCard evaluate(RegisteredPerson person, String provinceCode, Instant at) {
        return evaluate(person, null, provinceCode, at);
    }

    /**
     * The card at {@code at} of a person whose QID the caller knows, which spares looking it up
     * for rules that ask for exposures.
     *
     * @param qid the QID they hold; {@code null}: none, or not known
     * @param provinceCode as in {@link #evaluate(RegisteredPerson, String, Instant)}
     */
    public CovidCard evaluate(RegisteredPerson person, Qid qid, String provinceCode, Instant at) {
        return evaluator.evaluate(records.recordsOf(person.documentNumber()), person.birthDate(), exposuresOf(person, qid),
                province(person, provinceCode), at);
    }

    /**
     * The card now, from the person's records as the caller read them already ({@link
     * HealthRecords#of}), so that a scan that shows both reads them once.
     *
     * @param qid as in {@link #evaluate(RegisteredPerson, Qid, String, Instant)}
     * @param provinceCode as in {@link #evaluate(RegisteredPerson, String, Instant)}
     */
    public CovidCard evaluate(RegisteredPerson person, Qid qid, PersonHealthRecords personRecords, String provinceCode) {
        return evaluator.evaluate(personRecords, person.birthDate(), exposuresOf(person, qid), province(person, provinceCode),
                clock.instant());
    }

    /**
     * The card at {@code at} from the person's records as the caller read them already, for many
     * people at once ({@link HealthRecordStore#recordsOfAll}): the watch on cards that changed.
     *
     * @param qid as in {@link #evaluate(RegisteredPerson, Qid, String, Instant)}
     * @param provinceCode as in {@link #evaluate(RegisteredPerson, String, Instant)}
     */
    public CovidCard evaluate(RegisteredPerson person, Qid qid, PersonHealthRecords personRecords, String provinceCode,
            Instant at) {
        return evaluator.evaluate(personRecords, person.birthDate(), exposuresOf(person, qid), province(person, provinceCode),
                at);
    }

    /** The card now, by the platform's clock. */
    public CovidCard evaluate(RegisteredPerson person, String provinceCode) {
        return evaluate(person, provinceCode, clock.instant());
    }

    /** Asked by the evaluator only for rules with an {@code EXPOSED} condition: scans under others cost nothing more. */
    private Supplier<List<ExposureHistory.Exposure>> exposuresOf(RegisteredPerson person, Qid qid) {
        return () -> exposures.of(person.documentNumber(), qid);
    }

    private String province(RegisteredPerson person, String provinceCode) {
        return provinceCode != null ? provinceCode : residenceProvince(person).orElse(null);
    }

    /** The province of the person's permanent address, from its commune code; empty when the registry has none. */
    public Optional<String> residenceProvince(RegisteredPerson person) {
        return areas.commune(person.communeCode()).map(AdministrativeAreas.Commune::provinceCode);
    }
}
