package vn.qrqg.issuance.citizens;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.Holder;
import vn.qrqg.holders.HolderTokens;

/**
 * Every way an app gets a person's QR — issuing it, the holder's own reads ({@code /api/v1/citizens/me},
 * the images) — recorded in the audit before it is answered: which app got whose QR, in which form.
 */
@Service
public class CitizenQrReads {
    /** What the issuance and {@code /me} answer of the person: the QID and both forms. */
    static final List<String> QR_FIELDS = List.of("qid", "qr.masked", "qr.full");

    private final CitizenQrIssuance issuance;
    private final HolderTokens holderTokens;
    private final AuditTrail audit;

    CitizenQrReads(CitizenQrIssuance issuance, HolderTokens holderTokens, AuditTrail audit) {
        this.issuance = issuance;
        this.holderTokens = holderTokens;
        this.audit = audit;
    }

    /**
     * {@code POST /api/v1/citizens/qr}: the person's current QR for the calling app with a new
     * holder token, audited. The QID, the QR and the token are committed together: one commit
     * instead of three, and no QR without its token.
     */
    public IssuedCitizenQr issue(CitizenQrRequest request) {
        CallingClient client = CallingClient.require();
        IssuedCitizenQr qr = issuance.issue(request,
                issued -> issued.withHolderToken(holderTokens.issue(client.appId(), new Qid(issued.qid()))));
        audit.record(AuditEntry.of(client, Scopes.QR_ISSUE, "POST /api/v1/citizens/qr", qr.qid(), null, QR_FIELDS,
                "ISSUED"));
        return qr;
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
