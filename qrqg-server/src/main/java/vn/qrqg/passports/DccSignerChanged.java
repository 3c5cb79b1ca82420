package vn.qrqg.passports;

import java.time.Instant;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * The platform's DCC signers changed: a country signing CA or document signer was generated,
 * imported, rotated in or withdrawn. The audit keeps it as an admin action.
 *
 * @param change {@code GENERATED}, {@code IMPORTED}, {@code ROTATED} or {@code WITHDRAWN}
 * @param kids the key ids (base64) of the signers it concerns, the new active one first
 * @param by the operator's client_id; null when the platform did it (first start, renewal)
 */
@DomainEvent
public record DccSignerChanged(String change, List<String> kids, String by, Instant at) implements PrivilegedAction {

    public DccSignerChanged {
        kids = List.copyOf(kids);
    }

    @Override
    public List<String> subjects() {
        return kids;
    }

    @Override
    public String summary() {
        return change.toLowerCase(java.util.Locale.ROOT) + ": " + String.join(", ", kids);
    }
}
