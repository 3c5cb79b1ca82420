package vn.qrqg.identity;

import java.time.Instant;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An operator imported people into the reference registry (a seeding at start is no operator's
 * action and reports nothing). Counts only, never a person.
 *
 * @param by the client_id of the operator who imported them
 */
@DomainEvent
public record RegistryImported(long imported, long updated, long rejected, String by, Instant at)
        implements PrivilegedAction {

    @Override
    public List<String> subjects() {
        return List.of();
    }

    @Override
    public String summary() {
        return imported + " imported, " + updated + " updated, " + rejected + " rejected";
    }
}
