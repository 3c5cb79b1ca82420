package vn.qrqg.clients;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.idempotency.IdempotentCaller;

/**
 * The certified app behind the current request's access token: who is calling, for scanning
 * records and audit. Also the request's principal, so a controller may take it as a parameter
 * annotated {@code @AuthenticationPrincipal}.
 *
 * @param appId the app's id in {@code clients_app}
 * @param clientId its OAuth2 client_id (the token's {@code sub})
 * @param scopes the scopes of this call: those in the token that the app still holds
 * @param venueCode the venue of a staff scanner (scope {@code checkin:venue}), which its owner
 *        bound it to; null for every other client
 * @param provinces the provinces an official's app is limited to ({@link App#provinces()}); empty
 *        for the whole country
 * @param vaccinationSite the vaccination site of an app with scope {@code dcc:site}, which an admin
 *        bound it to ({@link App#vaccinationSite()}); null for every other client
 */
public record CallingClient(UUID appId, String clientId, Set<String> scopes, VenueCode venueCode, Set<String> provinces,
        String vaccinationSite) implements IdempotentCaller {

    public CallingClient {
        scopes = Set.copyOf(scopes);
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
    }

    /** A client bound to no vaccination site. */
    public CallingClient(UUID appId, String clientId, Set<String> scopes, VenueCode venueCode, Set<String> provinces) {
        this(appId, clientId, scopes, venueCode, provinces, null);
    }

    /** A client bound to no province. */
    public CallingClient(UUID appId, String clientId, Set<String> scopes, VenueCode venueCode) {
        this(appId, clientId, scopes, venueCode, Set.of(), null);
    }

    /** A client bound to no venue nor province. */
    public CallingClient(UUID appId, String clientId, Set<String> scopes) {
        this(appId, clientId, scopes, null, Set.of(), null);
    }

    /** Whether this client works for the whole country: no limit to provinces. */
    public boolean nationwide() {
        return provinces.isEmpty();
    }

    /**
     * Whether this client may see what belongs to the province {@code provinceCode}: always when
     * it works nationwide, else only for one of its provinces (never for an unknown one, null).
     */
    public boolean covers(String provinceCode) {
        return nationwide() || provinceCode != null && provinces.contains(provinceCode);
    }

    /** The client of the current request; empty on public endpoints and outside requests. */
    public static Optional<CallingClient> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CallingClient client) {
            return Optional.of(client);
        }
        return Optional.empty();
    }

    /**
     * The client of the current request.
     *
     * @throws IllegalStateException on a public endpoint or outside a request: a programming error
     */
    public static CallingClient require() {
        return current().orElseThrow(() -> new IllegalStateException(
                "no client calls here: this code runs outside a request that carried an access token"));
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** An app's Idempotency-Keys are its own, whichever of its credentials or holders sends them. */
    @Override
    public String idempotencyScope() {
        return "app:" + appId;
    }
}
