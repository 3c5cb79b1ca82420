package vn.qrqg.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client of the platform: an app (PC-COVID, VNeID, a provincial app) or a scanner device.
 * Never its secret, which only its hash in the database remembers.
 *
 * @param scopes what it may ask a token for, in the order it was registered with
 * @param statusChangedAt when it got its current status (its creation, for a new app)
 */
public record App(UUID appId, String name, String operator, String clientId, List<String> scopes, AppStatus status,
        Instant createdAt, Instant statusChangedAt) {

    public App {
        scopes = List.copyOf(scopes);
    }
}
