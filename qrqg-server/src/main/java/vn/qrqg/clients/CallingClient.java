package vn.qrqg.clients;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.qrqg.codec.venue.VenueCode;

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
 */
public record CallingClient(UUID appId, String clientId, Set<String> scopes, VenueCode venueCode) {

    public CallingClient {
        scopes = Set.copyOf(scopes);
    }

    /** A client bound to no venue. */
    public CallingClient(UUID appId, String clientId, Set<String> scopes) {
        this(appId, clientId, scopes, null);
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
}
