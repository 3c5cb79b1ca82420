package vn.qrqg.issuance;

import java.time.Instant;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An operator revoked a person's QR ({@link QrRevoked} says whose, for the capabilities): the
 * admin actions name it by the revoked QR's revocation id on its key's list, never by the QID,
 * since they keep no personal data; the audit of the person's data has the QID.
 *
 * @param kid the key that signed the revoked QR
 * @param revocationId the revoked full form's id on that key's list (FORMATS.md §4)
 * @param by the client_id of the operator
 */
@DomainEvent
public record QrRevokedByOperator(String kid, String revocationId, String reason, String by, Instant at)
        implements PrivilegedAction {

    @Override
    public List<String> subjects() {
        return List.of(kid, revocationId);
    }

    @Override
    public String summary() {
        return "a QR revoked for " + reason;
    }
}
