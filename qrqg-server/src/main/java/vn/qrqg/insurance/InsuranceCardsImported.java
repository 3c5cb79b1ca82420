package vn.qrqg.insurance;

import java.time.Instant;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An operator imported health-insurance cards into the reference social-insurance database.
 * Counts only, never a card.
 *
 * @param by the client_id of the operator who imported them
 */
@DomainEvent
public record InsuranceCardsImported(long imported, long updated, long rejected, String by, Instant at)
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
