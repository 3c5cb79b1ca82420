package vn.qrqg.issuance.citizens;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.Holder;

/**
 * The holder's own reads of their QR ({@code /api/v1/citizens/me}, the images), recorded in the
 * audit before they are answered: which app got whose QR, in which form. Issuing is
 * {@link ProvenIssuance}'s, audited there the same way.
 */
@Service
public class CitizenQrReads {
    /** What the issuance and {@code /me} answer of the person: the QID and both forms. */
    static final List<String> QR_FIELDS = List.of("qid", "qr.masked", "qr.full");

    private final CitizenQrIssuance issuance;
    private final AuditTrail audit;

    CitizenQrReads(CitizenQrIssuance issuance, AuditTrail audit) {
        this.issuance = issuance;
        this.audit = audit;
    }

    /**
     * The holder's current QR, signed again first if its key was revoked; no holder token in it.
     *
     * @param purpose the endpoint, e.g. {@code GET /api/v1/citizens/me}
     * @param fields what of it the endpoint answers, e.g. {@code qr.full} for an image of the full form
     */
    public IssuedCitizenQr current(Holder holder, String purpose, List<String> fields) {
        IssuedCitizenQr qr = issuance.currentOf(holder.qid());
        audit.record(AuditEntry.of(CallingClient.require(), null, purpose, holder.qid().value(), null, fields, "READ"));
        return qr;
    }
}
