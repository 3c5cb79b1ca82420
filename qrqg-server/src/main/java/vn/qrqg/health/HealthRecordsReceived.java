package vn.qrqg.health;

import java.time.Instant;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * Health records came in: one push or batch of a health system, or an operator's import. Counts
 * only, never a record.
 *
 * @param kind vaccinations, tests or recoveries
 * @param via PUSH (a health system, scope health:write) or IMPORT (an operator, scope admin)
 * @param created records stored now
 * @param existing replays of records already stored
 * @param rejected items refused (invalid, unknown person, conflict)
 * @param by the client_id that sent them
 */
@DomainEvent
public record HealthRecordsReceived(String kind, Via via, int created, int existing, int rejected, String by,
        Instant at) implements PrivilegedAction {

    /** What brought the records. */
    public enum Via { PUSH, IMPORT }

    @Override
    public List<String> subjects() {
        return List.of(kind);
    }

    @Override
    public String summary() {
        return created + " created, " + existing + " existing, " + rejected + " rejected";
    }

    /** Only an operator's import: pushes are what health systems do all day. */
    @Override
    public boolean privileged() {
        return via == Via.IMPORT;
    }
}
