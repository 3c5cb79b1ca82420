package vn.qrqg.issuance.citizens;

import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.holders.Holder;

/**
 * Revoking a person's current QR ({@link QrRevocations}): by the holder's app with the person's
 * {@code X-Holder-Token} (no scope, as the holder's own reads), or by an operator (scope
 * {@code admin}, as everything under {@code /api/v1/admin/}). The answer carries the new QR:
 * personal data, never cached.
 */
@RestController
class QrRevocationController {
    private final QrRevocations revocations;

    QrRevocationController(QrRevocations revocations) {
        this.revocations = revocations;
    }

    /** The {@code Holder} parameter comes first: a call without the person's holder token is refused before the body is read. */
    @PostMapping("/api/v1/citizens/{qid}/qr/revocation")
    ResponseEntity<RevokedCitizenQr> byHolder(Holder holder, @PathVariable("qid") String qid,
            @Valid @RequestBody QrRevocationRequest request) {
        return answer(revocations.revokeAsHolder(holder, Holder.named(qid), request));
    }

    @PostMapping("/api/v1/admin/citizens/{qid}/qr/revocation")
    ResponseEntity<RevokedCitizenQr> byOperator(@PathVariable("qid") String qid, @Valid @RequestBody QrRevocationRequest request) {
        CallingClient operator = CallingClient.current().orElseThrow(() -> new IllegalStateException("no operator"));
        return answer(revocations.revokeAsOperator(operator, qid, request));
    }

    private static ResponseEntity<RevokedCitizenQr> answer(RevokedCitizenQr revoked) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(revoked);
    }
}
