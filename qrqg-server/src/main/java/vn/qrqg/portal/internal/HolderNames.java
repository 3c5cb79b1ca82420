package vn.qrqg.portal.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.RegistryUnavailableException;
import vn.qrqg.issuance.citizens.IssuedQrs;

/**
 * The full name, with its diacritics, of one of the account's people as the population registry
 * holds it, for the account's own list of people only (issue 20): the QR writes the name in upper
 * case without marks ("NGUYEN T. M."), so two of a family with the same initials look alike. The
 * holder already reads the registry's values in their full QR; scans and every other reader keep
 * what they see. Nothing is stored: the registry is read when the list is shown, found as every
 * capability finds a holder's record, and the read is audited as the portal app's, as
 * {@link PersonRisk} audits the commune.
 */
@Service
class HolderNames {
    static final String PURPOSE = "GET /portal/api/people";

    private final IssuedQrs issuedQrs;
    private final PopulationRegistry registry;
    private final AuditTrail audit;

    HolderNames(IssuedQrs issuedQrs, PopulationRegistry registry, AuditTrail audit) {
        this.issuedQrs = issuedQrs;
        this.registry = registry;
        this.audit = audit;
    }

    /**
     * The registry's full name of the person holding {@code qid}; empty when the registry holds
     * no record for them or cannot answer now (the page then shows the QR's short name).
     */
    Optional<String> of(CallingClient portalApp, Qid qid) {
        Optional<String> name;
        try {
            name = issuedQrs.documentNumberOf(qid).flatMap(registry::findByDocumentNumber)
                    .map(RegisteredPerson::fullName);
        } catch (RegistryUnavailableException e) {
            return Optional.empty(); // the list still shows, with the short names
        }
        audit.record(AuditEntry.of(portalApp, null, PURPOSE, qid, null,
                name.isPresent() ? List.of("fullName") : List.of(), "READ"));
        return name;
    }
}
