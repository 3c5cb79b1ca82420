package vn.qrqg.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An admin limited an official's app to provinces, or lifted the limit (none: the whole country);
 * its next call on sees only what belongs to them.
 *
 * @param by the client_id of the admin who changed it
 */
@DomainEvent
public record AppProvincesChanged(UUID appId, String clientId, List<String> from, List<String> to, String by, Instant at)
        implements PrivilegedAction {

    public AppProvincesChanged {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    @Override
    public List<String> subjects() {
        return List.of(appId.toString(), clientId);
    }

    @Override
    public String summary() {
        return words(from) + " -> " + words(to);
    }

    private static String words(List<String> provinces) {
        return provinces.isEmpty() ? "whole country" : "provinces " + String.join(" ", provinces);
    }
}
