package vn.qrqg.issuance.citizens;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.Holder;

/**
 * The holder's own reads of their QR ({@code /api/v1/citizens/me}, the images), recorded in the
 * audit before they are answered: which app got whose QR, in which form. The API and the portal
 * both read here, so that both are audited alike, under the API's endpoint as the purpose.
 * Issuing is {@link ProvenIssuance}'s, audited there the same way.
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

    /** The holder's current QR in both forms: {@code GET /api/v1/citizens/me}. */
    public IssuedCitizenQr own(Holder holder) {
        return current(holder, "GET /api/v1/citizens/me", QR_FIELDS);
    }

    /**
     * The holder's QR as a PNG: {@code GET /api/v1/qr/{qid}.png}.
     *
     * @param qid the person the call names: checked first, so that another person's QID learns nothing
     * @param form {@code masked} (null: masked) or {@code full}
     * @param medium {@code screen} (null: screen) or {@code print}
     * @throws vn.qrqg.holders.NotTheHolderException when {@code qid} is not the holder's
     * @throws vn.qrqg.platform.web.InvalidFieldException naming {@code form} or {@code medium}
     */
    public byte[] png(Holder holder, Qid qid, String form, String medium) {
        holder.require(qid);
        ImageOptions options = ImageOptions.parse(form, medium);
        return options.png(current(holder, "GET " + OwnQrController.IMAGES + "{qid}.png", options.fields()));
    }

    /** The holder's QR as SVG: {@code GET /api/v1/qr/{qid}.svg}, as {@link #png} checks it. */
    public String svg(Holder holder, Qid qid, String form, String medium) {
        holder.require(qid);
        ImageOptions options = ImageOptions.parse(form, medium);
        return options.svg(current(holder, "GET " + OwnQrController.IMAGES + "{qid}.svg", options.fields()));
    }

    /**
     * The two forms of the person's newest QR as they were signed, for the change feed, which
     * audits its own reads: the QR of a {@link vn.qrqg.issuance.QrIssued} when called in its
     * transaction. Empty when the person has no QR.
     */
    public java.util.Optional<IssuedCitizenQr.Forms> newestForms(Qid qid) {
        return issuance.newestForms(qid);
    }

    /**
     * The holder's current QR, signed again first if its key was revoked; no holder token in it.
     * Audited as read by the holder's app.
     *
     * @param purpose the endpoint, e.g. {@code GET /api/v1/citizens/me}
     * @param fields what of it the endpoint answers, e.g. {@code qr.full} for an image of the full form
     */
    private IssuedCitizenQr current(Holder holder, String purpose, List<String> fields) {
        IssuedCitizenQr qr = issuance.currentOf(holder.qid());
        audit.record(AuditEntry.of(holder.app(), null, purpose, holder.qid(), null, fields, "READ"));
        return qr;
    }
}
