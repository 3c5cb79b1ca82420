package vn.qrqg.issuance.citizens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.revocation.RevocationId;
import vn.qrqg.holders.Holder;
import vn.qrqg.issuance.IssuanceProperties;
import vn.qrqg.issuance.QrRevocationLists;
import vn.qrqg.issuance.QrRevoked;
import vn.qrqg.issuance.QrRevokedByOperator;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * Revokes a person's current QR and signs them a new one at once (FORMATS.md §4, docs/api.md):
 * their holder, who lost the phone, or an operator, who found fraud. In one transaction, holding
 * the person's lock: the version is marked revoked (it scans {@code REVOKED} online), both its
 * forms go on their key's revocation list (offline scanners), {@link QrRevoked} is published,
 * and the same content is signed again as the next version ({@link vn.qrqg.issuance.QrIssued}).
 * Audited as a read of the new QR by the app or operator who asked. Thread-safe.
 */
@Service
public class QrRevocations {
    static final String HOLDER_PURPOSE = "POST /api/v1/citizens/{qid}/qr/revocation";
    static final String OPERATOR_PURPOSE = "POST /api/v1/admin/citizens/{qid}/qr/revocation";
    private static final Duration DAY = Duration.ofDays(1);

    private final CitizenRecords records;
    private final CitizenQrIssuance issuance;
    private final QrRevocationLists lists;
    private final EventOutbox events;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final int holderRevocationsPerDay;

    QrRevocations(CitizenRecords records, CitizenQrIssuance issuance, QrRevocationLists lists, EventOutbox events,
            AuditTrail audit, PlatformTransactionManager transactionManager, IssuanceProperties properties) {
        this.records = records;
        this.issuance = issuance;
        this.lists = lists;
        this.events = events;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.holderRevocationsPerDay = properties.holderRevocationsPerDay();
    }

    /**
     * The holder's "I lost my phone": only the person's own holder token may, so that a printed QR
     * or a QID alone never revokes anyone's QR; at most {@code holder-revocations-per-day} times.
     *
     * @param qid the person the call names, checked against the holder first
     * @throws vn.qrqg.holders.NotTheHolderException when {@code qid} is not the holder's
     * @throws InvalidFieldException naming {@code reason} for {@code FRAUD}, an operator's finding
     * @throws RevocationLimitException when the person's QR was revoked as often as a day allows
     */
    public RevokedCitizenQr revokeAsHolder(Holder holder, Qid qid, QrRevocationRequest request) {
        holder.require(qid);
        RevocationReason reason = RevocationReason.valueOf(request.reason());
        if (!reason.holderMay()) {
            throw new InvalidFieldException("reason", "must be one of " + RevocationReason.HOLDER_REASONS);
        }
        RevokedCitizenQr revoked = revoke(qid, reason, null);
        audit.record(AuditEntry.of(holder.app(), null, HOLDER_PURPOSE, qid, null, CitizenQrReads.QR_FIELDS, "REVOKED"));
        return revoked;
    }

    /**
     * An operator's revocation (scope {@code admin}), for any reason and without the holders' limit;
     * also reported as {@link QrRevokedByOperator} to the admin actions.
     *
     * @param qid as the path names it
     * @throws CitizenQrNotFoundException when it is malformed, nobody's, or its holder has no QR
     */
    public RevokedCitizenQr revokeAsOperator(CallingClient operator, String qid, QrRevocationRequest request) {
        if (!Qid.isValid(qid)) {
            throw new CitizenQrNotFoundException();
        }
        Qid person = new Qid(qid);
        RevokedCitizenQr revoked = revoke(person, RevocationReason.valueOf(request.reason()), operator);
        audit.record(AuditEntry.of(operator, Scopes.ADMIN, OPERATOR_PURPOSE, person, null, CitizenQrReads.QR_FIELDS,
                "REVOKED"));
        return revoked;
    }

    /** @param operator null when the holder asks */
    private RevokedCitizenQr revoke(Qid qid, RevocationReason reason, CallingClient operator) {
        return transactions.execute(status -> {
            if (!records.exists(qid)) {
                throw new CitizenQrNotFoundException();
            }
            records.lock(qid);
            CitizenRecords.StoredQr current = records.newest(qid).orElseThrow(CitizenQrNotFoundException::new);
            Instant now = Instant.now();
            if (operator == null) {
                requireUnderLimit(qid, now);
            }
            records.revoke(qid, current.version(), reason.name(), now);
            lists.add(current.kid(), List.of(current.fullText(), current.maskedText()), true);
            events.publish(new QrRevoked(qid, current.version(), reason.name(), now));
            if (operator != null) {
                events.publish(new QrRevokedByOperator(current.kid(),
                        RevocationId.of(PersonalQr.parse(current.fullText()).signature()), reason.name(),
                        operator.clientId(), now));
            }
            CitizenRecords.StoredQr issued = issuance.signAgain(current);
            return new RevokedCitizenQr(qid.value(), new RevokedCitizenQr.Revoked(current.version(), reason.name(), now),
                    new RevokedCitizenQr.Current(issued.version(), new IssuedCitizenQr.Forms(issued.maskedText(),
                            issued.fullText()), issued.kid(), issued.issuedAt(), IssuedCitizenQr.Images.of(issued.qid())));
        });
    }

    private void requireUnderLimit(Qid qid, Instant now) {
        List<Instant> recent = records.revocationsSince(qid, now.minus(DAY));
        if (recent.size() >= holderRevocationsPerDay) {
            Instant frees = recent.get(recent.size() - holderRevocationsPerDay).plus(DAY);
            throw new RevocationLimitException(Duration.between(now, frees));
        }
    }
}
