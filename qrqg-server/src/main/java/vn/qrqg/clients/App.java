package vn.qrqg.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.qrqg.codec.venue.VenueCode;

/**
 * A client of the platform: an app (PC-COVID, VNeID, a provincial app) or a scanner device.
 * Never its secret, which only its hash in the database remembers.
 *
 * @param scopes what it may ask a token for, in the order it was registered with
 * @param statusChangedAt when it got its current status (its creation, for a new app)
 * @param venueCode the venue a staff scanner belongs to; null for every other client
 * @param provinces the province codes an official's app is limited to, by code; empty for the whole country
 * @param vaccinationSite the vaccination site an app with scope {@code dcc:site} works for, exactly as the
 *        national vaccination system names it on its records; null for every other client
 */
public record App(UUID appId, String name, String operator, String clientId, List<String> scopes, AppStatus status,
        Instant createdAt, Instant statusChangedAt, VenueCode venueCode, List<String> provinces,
        String vaccinationSite) {

    public App {
        scopes = List.copyOf(scopes);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
    }

    /** A client bound to no vaccination site. */
    public App(UUID appId, String name, String operator, String clientId, List<String> scopes, AppStatus status,
            Instant createdAt, Instant statusChangedAt, VenueCode venueCode, List<String> provinces) {
        this(appId, name, operator, clientId, scopes, status, createdAt, statusChangedAt, venueCode, provinces, null);
    }

    /** A client bound to no venue nor province. */
    public App(UUID appId, String name, String operator, String clientId, List<String> scopes, AppStatus status,
            Instant createdAt, Instant statusChangedAt) {
        this(appId, name, operator, clientId, scopes, status, createdAt, statusChangedAt, null, List.of(), null);
    }
}
