package vn.qrqg.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An admin changed an app's status; from {@link #to()} on, its tokens work or not accordingly.
 *
 * @param by the client_id of the admin who changed it
 */
@DomainEvent
public record AppStatusChanged(UUID appId, String clientId, AppStatus from, AppStatus to, String by, Instant at)
        implements PrivilegedAction {

    @Override
    public List<String> subjects() {
        return List.of(appId.toString(), clientId);
    }

    @Override
    public String summary() {
        return from + " -> " + to;
    }
}
