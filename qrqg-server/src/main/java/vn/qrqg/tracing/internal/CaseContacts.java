package vn.qrqg.tracing.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.scanning.ShortNames;
import vn.qrqg.tracing.CaseNotFoundException;
import vn.qrqg.tracing.ExposureAlert;
import vn.qrqg.tracing.ExposureLevel;
import vn.qrqg.tracing.ExposureReason;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * What tracers (scope {@code tracing:read}) see of cases: the day's cases by province, a case's
 * counts, and its contacts with what it takes to call them. A tracer's app limited to provinces
 * sees the cases of people living there and the cases with contacts there, and of those only the
 * contacts living there; any other case is not found, as if it did not exist. Every contact read
 * is audited, one record a person and level, before the answer; a withdrawn case has no contacts
 * left to call.
 */
@Service
class CaseContacts {
    static final String PURPOSE = "GET /api/v1/tracing/cases/{caseId}/contacts";
    static final List<String> FIELDS = List.of("qid", "phone", "shortName", "birthYear", "communeCode");

    /**
     * A case's counts: people per level and reason, of those the tracer sees. {@code tracedAt}
     * is when its alerts were out, the last time it was traced; null before the first.
     */
    record Summary(UUID caseId, String provinceCode, OffsetDateTime sampledAt, OffsetDateTime confirmedAt,
            OffsetDateTime infectiousFrom, OffsetDateTime reportedAt, OffsetDateTime tracedAt, boolean withdrawn,
            Map<ExposureLevel, Map<ExposureReason, Long>> contacts) {
    }

    /** One exposure of one contact, with what it takes to call them; a field the registry lacks is null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Contact(String qid, ExposureLevel level, ExposureReason reason, ExposureAlert.Place venue,
            String vehicleNumber, OffsetDateTime from, OffsetDateTime to, String phone, String shortName,
            Integer birthYear, String communeCode) {
    }

    record ContactPage(UUID caseId, boolean withdrawn, long total, int page, int size, List<Contact> items) {
    }

    record DayCase(UUID caseId, OffsetDateTime confirmedAt, OffsetDateTime reportedAt, OffsetDateTime tracedAt,
            boolean withdrawn, long f1, long f2) {
    }

    record Province(String provinceCode, String provinceName, int cases, List<DayCase> items) {
    }

    record Day(LocalDate date, int total, List<Province> provinces) {
    }

    private final CaseRepository cases;
    private final AlertRepository alerts;
    private final TracingKeys keys;
    private final ContactPeople people;
    private final Venues venues;
    private final AdministrativeAreas areas;
    private final AuditTrail audit;

    CaseContacts(CaseRepository cases, AlertRepository alerts, TracingKeys keys, ContactPeople people, Venues venues,
            AdministrativeAreas areas, AuditTrail audit) {
        this.cases = cases;
        this.alerts = alerts;
        this.keys = keys;
        this.people = people;
        this.venues = venues;
        this.areas = areas;
        this.audit = audit;
    }

    /** The cases confirmed on {@code date} (Vietnam time), by the province their person lives in. */
    Day day(LocalDate date, CallingClient tracer) {
        Instant from = date.atStartOfDay(VietnamTime.ZONE).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
        Map<String, List<DayCase>> byProvince = new LinkedHashMap<>();
        List<CaseRepository.CaseOfDay> found = cases.confirmedBetween(from, to, provincesOf(tracer));
        for (CaseRepository.CaseOfDay c : found) {
            byProvince.computeIfAbsent(String.valueOf(c.provinceCode()), code -> new ArrayList<>())
                    .add(new DayCase(c.caseId(), local(c.confirmedAt()), local(c.reportedAt()), local(c.tracedAt()),
                            c.withdrawnAt() != null, c.f1(), c.f2()));
        }
        List<Province> provinces = new ArrayList<>();
        byProvince.forEach((code, items) -> {
            String provinceCode = "null".equals(code) ? null : code;
            provinces.add(new Province(provinceCode, areas.province(provinceCode).map(AdministrativeAreas.Province::name)
                    .orElse(null), items.size(), items));
        });
        return new Day(date, found.size(), provinces);
    }

    /** @throws CaseNotFoundException when there is no such case, or the tracer may not see it */
    Summary summary(UUID caseId, CallingClient tracer) {
        CaseRepository.StoredCase stored = visible(caseId, tracer);
        Map<ExposureLevel, Map<ExposureReason, Long>> counts = new EnumMap<>(ExposureLevel.class);
        for (ExposureLevel level : ExposureLevel.values()) {
            Map<ExposureReason, Long> byReason = new EnumMap<>(ExposureReason.class);
            for (ExposureReason reason : ExposureReason.values()) {
                byReason.put(reason, 0L);
            }
            counts.put(level, byReason);
        }
        alerts.countsOfCase(caseId, provincesOf(tracer)).forEach(count -> counts.get(count.level())
                .put(count.reason(), count.people()));
        return new Summary(caseId, stored.provinceCode(), local(stored.sampledAt()), local(stored.confirmedAt()),
                local(stored.infectiousFrom()), local(stored.reportedAt()), local(stored.tracedAt()),
                stored.withdrawnAt() != null, counts);
    }

    /**
     * A page of the case's contacts of {@code level} (null: both), each read audited first.
     *
     * @throws CaseNotFoundException when there is no such case, or the tracer may not see it
     * @throws vn.qrqg.identity.RegistryUnavailableException when the registry cannot answer
     */
    ContactPage contacts(UUID caseId, ExposureLevel level, int page, int size, CallingClient tracer) {
        CaseRepository.StoredCase stored = visible(caseId, tracer);
        if (stored.withdrawnAt() != null) {
            return new ContactPage(caseId, true, 0, page, size, List.of());
        }
        List<String> provinces = provincesOf(tracer);
        long total = alerts.countContactsOfCase(caseId, level, provinces);
        List<AlertRepository.StoredContact> rows = alerts.contactsOfCase(caseId, level, provinces, (long) page * size, size);
        return new ContactPage(caseId, false, total, page, size, read(rows, tracer));
    }

    /**
     * Every contact of the case of {@code level} (null: both), for an export, {@code chunk} at a time:
     * each chunk audited before it is handed over.
     */
    void eachContact(UUID caseId, ExposureLevel level, int chunk, CallingClient tracer,
            java.util.function.Consumer<List<Contact>> consumer) {
        CaseRepository.StoredCase stored = visible(caseId, tracer);
        if (stored.withdrawnAt() != null) {
            return;
        }
        List<String> provinces = provincesOf(tracer);
        for (long offset = 0; ; offset += chunk) {
            List<AlertRepository.StoredContact> rows = alerts.contactsOfCase(caseId, level, provinces, offset, chunk);
            consumer.accept(read(rows, tracer));
            if (rows.size() < chunk) {
                return;
            }
        }
    }

    private List<Contact> read(List<AlertRepository.StoredContact> rows, CallingClient tracer) {
        Map<UUID, TracingKeys.TracedPerson> personOf = new HashMap<>();
        for (AlertRepository.StoredContact row : rows) {
            if (row.personSealed() != null) {
                personOf.put(row.alertId(), keys.openContact(row.sealedFor(), row.personSealed()));
            }
        }
        Map<TracingKeys.TracedPerson, ContactPeople.Found> found = people.details(new LinkedHashSet<>(personOf.values()));
        Map<String, Optional<Venue>> places = new HashMap<>();
        List<Contact> contacts = new ArrayList<>(rows.size());
        Map<List<Object>, AuditEntry> reads = new LinkedHashMap<>();
        for (AlertRepository.StoredContact row : rows) {
            TracingKeys.TracedPerson person = personOf.get(row.alertId());
            ContactPeople.Found who = person == null ? null : found.get(person);
            RegisteredPerson registered = who == null ? null : who.registered();
            ExposureAlert.Place place = row.venueCode() == null ? null : places
                    .computeIfAbsent(row.venueCode(), code -> venues.find(new VenueCode(code)))
                    .map(venue -> new ExposureAlert.Place(venue.code().value(), venue.name(), venue.communeCode()))
                    .orElse(new ExposureAlert.Place(row.venueCode(), null, null));
            contacts.add(new Contact(person == null ? null : person.qid(), row.level(), row.reason(), place,
                    row.vehicleNumber(), local(row.from()), local(row.to()),
                    who == null ? null : who.declaredPhone() != null ? who.declaredPhone()
                            : registered == null ? null : registered.phone(),
                    registered == null ? null : ShortNames.of(registered.fullName()),
                    registered == null ? null : registered.birthDate().year(),
                    registered == null ? null : registered.communeCode()));
            if (person != null) {
                reads.putIfAbsent(List.of(person, row.level()), AuditEntry.of(tracer, Scopes.TRACING_READ, PURPOSE,
                        person.qid() == null ? null : new Qid(person.qid()),
                        person.qid() == null ? person.documentNumber() : null, FIELDS, row.level().name()));
            }
        }
        audit.recordAll(List.copyOf(reads.values()));
        return contacts;
    }

    /** The case, when the tracer sees it: nationwide, or it is of their provinces, or it has contacts there. */
    private CaseRepository.StoredCase visible(UUID caseId, CallingClient tracer) {
        CaseRepository.StoredCase stored = cases.byId(caseId).orElseThrow(CaseNotFoundException::new);
        if (tracer.covers(stored.provinceCode())
                || alerts.countContactsOfCase(caseId, null, provincesOf(tracer)) > 0) {
            return stored;
        }
        throw new CaseNotFoundException();
    }

    /** The provinces a tracer is limited to, sorted; null when they work nationwide. */
    private static List<String> provincesOf(CallingClient tracer) {
        return tracer.nationwide() ? null : tracer.provinces().stream().sorted().toList();
    }

    private static OffsetDateTime local(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, VietnamTime.ZONE);
    }
}
