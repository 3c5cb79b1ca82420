package vn.qrqg.issuance;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.codec.personal.Qid;

/**
 * A version of a person's QR was revoked (FORMATS.md §4): their holder lost the phone, or an
 * operator found fraud. Scanned from now on it answers {@code REVOKED}; {@link QrIssued} for the
 * new version follows in the same transaction. Not a privileged action when the holder asks;
 * an operator's revocation is also reported as {@link QrRevokedByOperator}.
 *
 * @param version the version revoked
 * @param reason {@code LOST_DEVICE}, {@code STOLEN}, {@code FRAUD} or {@code OTHER}
 */
@DomainEvent
public record QrRevoked(Qid qid, int version, String reason, Instant at) {
}
