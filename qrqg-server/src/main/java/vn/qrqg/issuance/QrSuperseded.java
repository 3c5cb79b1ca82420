package vn.qrqg.issuance;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.codec.personal.Qid;

/**
 * A version of a person's QR was replaced by a newer one: scanned from now on, it answers
 * superseded.
 *
 * @param version the version replaced
 * @param by the version that replaced it
 */
@DomainEvent
public record QrSuperseded(Qid qid, int version, int by, Instant at) {
}
