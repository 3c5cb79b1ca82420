package vn.qrqg.issuance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An operator rotated the signing key: {@code kid} signs new QRs from now on, {@code previousKid}
 * (null when no key was active) is retired and still verifies the QRs it signed.
 *
 * @param by the client_id of the operator who rotated it
 */
@DomainEvent
public record SigningKeyRotated(String kid, String previousKid, String by, Instant at) implements PrivilegedAction {

    @Override
    public List<String> subjects() {
        List<String> kids = new ArrayList<>(List.of(kid));
        if (previousKid != null) {
            kids.add(previousKid);
        }
        return List.copyOf(kids);
    }

    @Override
    public String summary() {
        return kid + " active" + (previousKid == null ? "" : ", " + previousKid + " retired");
    }
}
