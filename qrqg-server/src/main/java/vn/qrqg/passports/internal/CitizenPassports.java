package vn.qrqg.passports.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.dcc.Uvci;
import vn.qrqg.health.HealthRecords;
import vn.qrqg.health.UnknownPersonException;
import vn.qrqg.health.Vaccination;
import vn.qrqg.holders.Holder;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.issuance.citizens.IssuedQrs;
import vn.qrqg.passports.HolderPassports;
import vn.qrqg.passports.NoVaccinationRecordException;
import vn.qrqg.passports.PassportNotFoundException;
import vn.qrqg.passports.PassportRequestOpenException;
import vn.qrqg.passports.PassportStatus;
import vn.qrqg.passports.PassportsProperties;

/**
 * The citizen's side of the passport ({@link HolderPassports}), for the app that holds their holder
 * token: asking for one (frozen from the registry and their last dose, sent to that dose's site),
 * and reading their requests and passports back, the issued ones also on paper ({@link PassportPdf}).
 */
@Service
class CitizenPassports implements HolderPassports {
    static final String REQUEST_PURPOSE = "POST /api/v1/citizens/{qid}/passports";
    static final String LIST_PURPOSE = "GET /api/v1/citizens/{qid}/passports";
    static final String GET_PURPOSE = "GET /api/v1/citizens/{qid}/passports/{id}";
    static final String PDF_PURPOSE = "GET /api/v1/citizens/{qid}/passports/{id}/pdf";
    private static final String UVCI_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An issued passport with what it certifies, for its PDF. */
    record Issued(PassportContent content, String hc1, Instant validFrom, Instant validUntil, PassportStatus status) {
    }

    private final PassportRepository repository;
    private final PassportKeys keys;
    private final PassportSteps steps;
    private final IssuedQrs issuedQrs;
    private final PopulationRegistry registry;
    private final HealthRecords records;
    private final AuditTrail audit;
    private final PassportsProperties properties;
    private final PassportPdf pdf;
    private final Clock clock;

    CitizenPassports(PassportRepository repository, PassportKeys keys, PassportSteps steps, IssuedQrs issuedQrs,
            PopulationRegistry registry, HealthRecords records, AuditTrail audit, PassportsProperties properties,
            PassportPdf pdf, Clock clock) {
        this.repository = repository;
        this.keys = keys;
        this.steps = steps;
        this.issuedQrs = issuedQrs;
        this.registry = registry;
        this.records = records;
        this.audit = audit;
        this.properties = properties;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Override
    public OwnPassport request(Holder holder, Qid qid) {
        holder.require(qid);
        byte[] person = keys.personKey(qid.value());
        repository.openOf(person).ifPresent(open -> {
            throw new PassportRequestOpenException(open.requestId(), open.status());
        });
        RegisteredPerson registered = issuedQrs.documentNumberOf(qid).flatMap(registry::findByDocumentNumber)
                .orElseThrow(() -> new UnknownPersonException("qid"));
        List<Vaccination> doses = records.of(registered).vaccinations();
        if (doses.isEmpty()) {
            throw new NoVaccinationRecordException();
        }
        Vaccination last = doses.getLast();
        if (last.site() == null || last.site().isBlank()) {
            throw new NoVaccinationRecordException(last.date());
        }
        UUID id = UUID.randomUUID();
        PassportContent content = PassportContent.of(qid.value(), registered, last, properties.issuer(), newUvci());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!repository.insert(id, person, holder.appId(), last.site(), keys.seal(id, "content",
                PassportSteps.JSON.writeValueAsString(content)), now)) {
            PassportRepository.Stored open = repository.openOf(person).orElseThrow();
            throw new PassportRequestOpenException(open.requestId(), open.status());
        }
        audited(holder, REQUEST_PURPOSE, List.of("fullName", "dateOfBirth", "vaccinations"), "PASSPORT_REQUESTED");
        if (properties.autoApproveSite()) {
            steps.siteDecision(id, request -> true, true, null, null);
        }
        if (properties.autoSign() && properties.autoApproveSite()) {
            steps.signature(id, request -> true, true, null, null);
        }
        return own(repository.ofPerson(person, id).orElseThrow(), false);
    }

    @Override
    public OwnPassports list(Holder holder, Qid qid) {
        holder.require(qid);
        List<OwnPassport> items = repository.ofPerson(keys.personKey(qid.value())).stream()
                .map(request -> own(request, false)).toList();
        audited(holder, LIST_PURPOSE, items.isEmpty() ? List.of() : List.of("passports"), "READ");
        return new OwnPassports(items);
    }

    @Override
    public OwnPassport get(Holder holder, Qid qid, UUID id) {
        holder.require(qid);
        OwnPassport own = own(stored(qid, id), true);
        audited(holder, GET_PURPOSE, own.hc1() == null ? List.of("passports") : List.of("passports", "dcc"), "READ");
        return own;
    }

    @Override
    public byte[] pdf(Holder holder, Qid qid, UUID id) {
        return pdf.render(printable(holder, qid, id));
    }

    /** @throws PassportNotFoundException when the request is not the person's, or not issued (nor revoked) */
    Issued printable(Holder holder, Qid qid, UUID id) {
        holder.require(qid);
        PassportRepository.Stored request = stored(qid, id);
        if (request.hc1Sealed() == null) {
            throw new PassportNotFoundException();
        }
        audited(holder, PDF_PURPOSE, List.of("dcc"), "READ");
        return new Issued(steps.content(request), keys.open(id, "hc1", request.hc1Sealed()), request.validFrom(),
                request.validUntil(), request.status());
    }

    private PassportRepository.Stored stored(Qid qid, UUID id) {
        return repository.ofPerson(keys.personKey(qid.value()), id).orElseThrow(PassportNotFoundException::new);
    }

    private OwnPassport own(PassportRepository.Stored r, boolean withText) {
        Instant decided = r.revokedAt() != null ? r.revokedAt() : r.decidedAt() != null ? r.decidedAt() : r.siteDecidedAt();
        return new OwnPassport(r.requestId(), r.status(), keys.open(r.requestId(), "reason", r.reasonSealed()), r.site(),
                Times.local(r.requestedAt()), Times.local(decided), steps.content(r).uvci(), Times.local(r.validFrom()),
                Times.local(r.validUntil()), withText && r.status() == PassportStatus.ISSUED
                        ? keys.open(r.requestId(), "hc1", r.hc1Sealed()) : null);
    }

    private void audited(Holder holder, String purpose, List<String> fields, String outcome) {
        audit.record(AuditEntry.of(holder.app(), null, purpose, holder.qid(), null, fields, outcome));
    }

    /** {@code URN:UVCI:01:VN:QRQG/<16 random>#<check>}: 80 random bits, no letters easily misread. */
    static String newUvci() {
        StringBuilder opaque = new StringBuilder("QRQG/");
        for (int i = 0; i < 16; i++) {
            opaque.append(UVCI_ALPHABET.charAt(RANDOM.nextInt(UVCI_ALPHABET.length())));
        }
        return Uvci.build(opaque.toString());
    }
}
