package vn.qrqg.declarations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.declarations.Declaration;
import vn.qrqg.declarations.DeclarationPage;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.declarations.TravelDeclaration;
import vn.qrqg.holders.Holder;
import vn.qrqg.platform.web.FieldErrors;

/**
 * Declarations going out, each answer recorded in the audit before it is given: whose
 * declarations, to which app, under which scope. Nothing older than the retention is answered,
 * even while its partition waits to be dropped. Public for
 * {@link vn.qrqg.declarations.HolderDeclarations}, the capability's API.
 */
public final class DeclarationReads {
    /** Officers ask for a day as Vietnam lives it: UTC+7, all year. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String MINE = "GET /api/v1/declarations/mine";
    static final String OF_PERSON = "GET /api/v1/declarations";
    static final String ON_VEHICLE = "GET /api/v1/declarations/travel";

    private final PersonDeclarationRows person;
    private final TravelDeclarationRows travel;
    private final AuditTrail audit;
    private final Duration retention;
    private final Clock clock;

    DeclarationReads(PersonDeclarationRows person, TravelDeclarationRows travel, AuditTrail audit,
            Duration retention, Clock clock) {
        this.person = person;
        this.travel = travel;
        this.audit = audit;
        this.retention = retention;
        this.clock = clock;
    }

    /**
     * The holder's own declarations, newest first, read by their app.
     *
     * @param page from 0 (null: 0)
     * @param size 20 when null, at most 100
     * @throws vn.qrqg.platform.web.InvalidFieldException naming {@code page} or {@code size}
     */
    public DeclarationPage mine(Holder holder, String page, String size) {
        FieldErrors fields = new FieldErrors();
        Paging paging = Paging.of(page, size, fields);
        fields.throwIfAny();
        return ofPerson(holder.app(), holder.qid(), paging, null, MINE);
    }

    /** A person's declarations for a health officer, newest first. */
    DeclarationPage ofPerson(Qid qid, Paging paging) {
        return ofPerson(CallingClient.require(), qid, paging, Scopes.HEALTH_READ, OF_PERSON);
    }

    /** The travels on one vehicle (normalised number) during one day in Vietnam, by departure. */
    DeclarationPage onVehicle(String vehicleKey, LocalDate day, Paging paging) {
        Instant since = since();
        Instant start = day.atStartOfDay(VIETNAM).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        List<Declaration> items = new ArrayList<>(travel.onVehicle(vehicleKey, start, end, since, paging.offset(),
                paging.size()));
        long total = travel.countOnVehicle(vehicleKey, start, end, since);
        CallingClient client = CallingClient.require();
        Set<Qid> travellers = new LinkedHashSet<>();
        items.forEach(declaration -> travellers.add(new Qid(declaration.qid())));
        List<AuditEntry> entries = new ArrayList<>();
        travellers.forEach(qid -> entries.add(AuditEntry.of(client, Scopes.HEALTH_READ, ON_VEHICLE, qid, null,
                TravelDeclaration.FIELDS, "READ")));
        if (entries.isEmpty()) { // the search itself is on record, though it found nobody
            entries.add(AuditEntry.of(client, Scopes.HEALTH_READ, ON_VEHICLE, null, null, List.of(), "NONE"));
        }
        audit.recordAll(entries);
        return new DeclarationPage(total, paging.page(), paging.size(), items);
    }

    private DeclarationPage ofPerson(CallingClient reader, Qid qid, Paging paging, String scope, String purpose) {
        Instant since = since();
        List<Declaration> items = person.page(qid.value(), since, paging.offset(), paging.size());
        long total = person.count(qid.value(), since);
        audit.record(AuditEntry.of(reader, scope, purpose, qid, null, fieldsOf(items),
                items.isEmpty() ? "NONE" : "READ"));
        return new DeclarationPage(total, paging.page(), paging.size(), items);
    }

    private Instant since() {
        return clock.instant().minus(retention);
    }

    /** The fields the answer carries: those of each kind it holds. */
    private static List<String> fieldsOf(List<Declaration> items) {
        Set<String> fields = new LinkedHashSet<>();
        if (items.stream().anyMatch(HealthDeclaration.class::isInstance)) {
            fields.addAll(HealthDeclaration.FIELDS);
        }
        if (items.stream().anyMatch(TravelDeclaration.class::isInstance)) {
            fields.addAll(TravelDeclaration.FIELDS);
        }
        return List.copyOf(fields);
    }
}
