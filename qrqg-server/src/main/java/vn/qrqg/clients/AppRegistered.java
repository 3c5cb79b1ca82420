package vn.qrqg.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An app was registered (status PENDING), a venue's staff scanner made (CERTIFIED), or the
 * operator client or a first-party app made at first start (CERTIFIED).
 *
 * @param by the client_id of the admin who registered it; null when the platform did, at start-up
 */
@DomainEvent
public record AppRegistered(UUID appId, String clientId, String name, String operator, List<String> scopes,
        AppStatus status, String by, Instant at) implements PrivilegedAction {

    public AppRegistered {
        scopes = List.copyOf(scopes);
    }

    @Override
    public List<String> subjects() {
        return List.of(appId.toString(), clientId);
    }

    @Override
    public String summary() {
        return name + " (" + operator + "), " + status + ", scopes " + String.join(" ", scopes);
    }
}
