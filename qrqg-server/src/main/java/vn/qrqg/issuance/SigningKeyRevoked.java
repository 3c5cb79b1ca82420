package vn.qrqg.issuance;

import java.time.Instant;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An operator revoked a signing key: the QRs {@code kid} signed no longer verify. {@code activeKid}
 * signs now, a new key when the revoked one was the active one.
 *
 * @param by the client_id of the operator who revoked it
 */
@DomainEvent
public record SigningKeyRevoked(String kid, String activeKid, String by, Instant at) implements PrivilegedAction {

    @Override
    public List<String> subjects() {
        return kid.equals(activeKid) ? List.of(kid) : List.of(kid, activeKid);
    }

    @Override
    public String summary() {
        return kid + " revoked, " + activeKid + " active";
    }
}
