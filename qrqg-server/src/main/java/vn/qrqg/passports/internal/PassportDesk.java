package vn.qrqg.passports.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.passports.PassportStatus;

/**
 * The officials' side of the passport: a vaccination site's app (scope {@code dcc:site}) sees and
 * decides the requests of its own site only, and one of another site answers as an unknown id; the
 * central department (scope {@code dcc:sign}) sees, signs or rejects what the sites approved,
 * nationwide, and revokes passports. Every person listed, and every decision, is audited as the
 * official's, before it is answered.
 */
@Service
class PassportDesk {
    static final String LIST_PURPOSE = "GET /api/v1/passports/requests";
    static final String SITE_PURPOSE = "POST /api/v1/passports/requests/{id}/site-decision";
    static final String SIGN_PURPOSE = "POST /api/v1/passports/requests/{id}/signature";
    static final String REVOKE_PURPOSE = "POST /api/v1/passports/{id}/revocation";
    static final int LIST_LIMIT = 200;

    /** A request as an official checks it against the records: who, and the dose. */
    record DeskView(UUID id, PassportStatus status, String site, OffsetDateTime requestedAt,
            OffsetDateTime siteApprovedAt, String fullName, String dateOfBirth, int doseNumber, int totalDoses,
            String product, String productName, String manufacturer, LocalDate date, String lot) {
    }

    record DeskList(List<DeskView> items) {
    }

    record Decided(UUID id, PassportStatus status) {
    }

    private final PassportRepository repository;
    private final PassportSteps steps;
    private final AuditTrail audit;

    PassportDesk(PassportRepository repository, PassportSteps steps, AuditTrail audit) {
        this.repository = repository;
        this.steps = steps;
        this.audit = audit;
    }

    /** What awaits the caller: its site's requests ({@code dcc:site}), those awaiting signature ({@code dcc:sign}). */
    DeskList awaiting(CallingClient official) {
        List<PassportRepository.Stored> found = new ArrayList<>();
        List<AuditEntry> reads = new ArrayList<>();
        boolean site = official.hasScope(Scopes.DCC_SITE) && official.vaccinationSite() != null;
        boolean sign = official.hasScope(Scopes.DCC_SIGN);
        if (!site && !sign) {
            throw new AccessDeniedException("the requests are for scope dcc:site or dcc:sign");
        }
        if (site) {
            found.addAll(repository.awaitingSite(official.vaccinationSite(), LIST_LIMIT));
        }
        if (sign) {
            found.addAll(repository.awaitingSignature(LIST_LIMIT));
        }
        List<DeskView> items = new ArrayList<>();
        for (PassportRepository.Stored request : found) {
            PassportContent content = steps.content(request);
            items.add(view(request, content));
            String scope = request.status() == PassportStatus.AWAITING_SITE ? Scopes.DCC_SITE : Scopes.DCC_SIGN;
            reads.add(AuditEntry.of(official, scope, LIST_PURPOSE, new Qid(content.qid()), null,
                    List.of("fullName", "dateOfBirth", "vaccinations"), "READ"));
        }
        audit.recordAll(reads);
        return new DeskList(items);
    }

    Decided siteDecision(CallingClient official, UUID id, boolean approve, String reason) {
        requireScope(official, Scopes.DCC_SITE);
        String site = official.vaccinationSite();
        Predicate<PassportRepository.Stored> ofItsSite = request -> site != null && site.equals(request.site());
        PassportSteps.Taken taken = steps.siteDecision(id, ofItsSite, approve, reason, official.clientId());
        audited(official, Scopes.DCC_SITE, SITE_PURPOSE, taken, approve ? "PASSPORT_APPROVED" : "PASSPORT_REJECTED");
        return new Decided(id, taken.status());
    }

    Decided signature(CallingClient official, UUID id, boolean sign, String reason) {
        requireScope(official, Scopes.DCC_SIGN);
        PassportSteps.Taken taken = steps.signature(id, request -> true, sign, reason, official.clientId());
        audited(official, Scopes.DCC_SIGN, SIGN_PURPOSE, taken, sign ? "PASSPORT_ISSUED" : "PASSPORT_REJECTED");
        return new Decided(id, taken.status());
    }

    Decided revoke(CallingClient official, UUID id, String reason) {
        requireScope(official, Scopes.DCC_SIGN);
        audited(official, Scopes.DCC_SIGN, REVOKE_PURPOSE, steps.revoke(id, reason, official.clientId()), "PASSPORT_REVOKED");
        return new Decided(id, PassportStatus.REVOKED);
    }

    private void audited(CallingClient official, String scope, String purpose, PassportSteps.Taken taken,
            String outcome) {
        audit.record(AuditEntry.of(official, scope, purpose, new Qid(taken.content().qid()), null,
                List.of("vaccinations"), outcome));
    }

    private static void requireScope(CallingClient official, String scope) {
        if (!official.hasScope(scope)) {
            throw new AccessDeniedException("this step needs scope " + scope);
        }
    }

    static DeskView view(PassportRepository.Stored request, PassportContent content) {
        Objects.requireNonNull(content);
        return new DeskView(request.requestId(), request.status(), request.site(), Times.local(request.requestedAt()),
                request.status() == PassportStatus.AWAITING_SIGNATURE ? Times.local(request.siteDecidedAt()) : null,
                content.fullName(), content.dateOfBirth(), content.dose(), content.series(), content.product(),
                content.productName(), content.manufacturerName(), content.date(), content.lot());
    }
}
