package vn.qrqg.passports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * A step of a passport request was taken: its site approved or rejected it, the department signed
 * or rejected it, or revoked the passport; by an official's app, or by the platform itself when a
 * development setting decides at once ({@code automatic}). The audit keeps it with the operators'
 * actions. Ids and the site only: never the person nor the reason.
 *
 * @param step {@code site}, {@code signature} or {@code revocation}
 * @param decision {@code APPROVE}, {@code SIGN}, {@code REJECT} or {@code REVOKE}
 * @param by the client_id of the official's app; null when automatic
 */
@DomainEvent
public record PassportDecided(UUID requestId, String site, String step, String decision, boolean automatic, String by,
        Instant at) implements PrivilegedAction {

    /** The request and the step: the audit keeps an action once by its name, time and subjects, and two steps may share a second. */
    @Override
    public List<String> subjects() {
        return List.of(requestId.toString(), step);
    }

    @Override
    public String summary() {
        return step + " " + decision + (automatic ? " (automatic, a development setting)" : "") + " at " + site;
    }
}
