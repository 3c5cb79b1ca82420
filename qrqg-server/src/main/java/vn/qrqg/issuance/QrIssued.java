package vn.qrqg.issuance;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.codec.personal.Qid;

/**
 * A person's QR was signed: their first, or a new version of it (then {@link QrSuperseded}
 * follows for the one it replaces). Not a privileged action: citizens and their apps ask for it.
 *
 * @param version the QR's version, from 1
 * @param kid the key that signed it
 */
@DomainEvent
public record QrIssued(Qid qid, int version, String kid, Instant at) {
}
