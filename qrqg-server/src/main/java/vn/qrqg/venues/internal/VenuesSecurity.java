package vn.qrqg.venues.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.qrqg.clients.PublicEndpoints;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.web.StatelessChains;

/**
 * Who may call the venues' endpoints. Registration and the public facts need nothing (the
 * clients' API chain permits them). The staff endpoints take the owner token, an opaque
 * bearer token that the API chain, which reads every bearer token as a JWT, would refuse: so
 * they get a chain of their own, ordered before it, that looks the token's hash up and lets
 * the owner act on their own venue only.
 *
 * <p>A venue's check-in history (the check-ins capability's endpoint) is for its owner and its
 * staff scanners alike: a request there that carries an owner token ({@code Bearer qo_…}) comes
 * to this chain; any other (a staff scanner's JWT, or none) goes on to the API's chain, and the
 * history itself checks that a scanner is this venue's.
 */
@Configuration(proxyBeanMethods = false)
class VenuesSecurity {
    static final String[] STAFF_PATHS = {"/api/v1/venues/{venueCode}/staff", "/api/v1/venues/{venueCode}/staff/**"};
    static final String[] HISTORY_PATHS = {"/api/v1/venues/{venueCode}/history", "/api/v1/venues/{venueCode}/history.csv"};

    @Bean
    @Order(0) // after the authorization server's chain, before the API's (@Order(1))
    SecurityFilterChain venueOwnerFilterChain(HttpSecurity http, VenueRepository venues) {
        OwnerTokenProblems problems = new OwnerTokenProblems();
        RequestMatcher ownersHistory = new AndRequestMatcher(anyOf(HISTORY_PATHS), VenuesSecurity::carriesOwnerToken);
        http.securityMatcher(new OrRequestMatcher(anyOf(STAFF_PATHS), ownersHistory))
                .authorizeHttpRequests(requests -> requests.requestMatchers(STAFF_PATHS).access(ownerOfThePathsVenue())
                        .requestMatchers(HISTORY_PATHS).access(ownerOfThePathsVenue())
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .opaqueToken(opaque -> opaque.introspector(ownerTokens(venues)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return StatelessChains.stateless(http, problems, problems).build();
    }

    @Bean
    PublicEndpoints venueRegistrationEndpoints() {
        return new PublicEndpoints(HttpMethod.POST,
                List.of("/api/v1/venues/registrations", "/api/v1/venues/registrations/*/confirm",
                        EnrolmentController.PATH));
    }

    @Bean
    PublicEndpoints venueFactsEndpoints() {
        return PublicEndpoints.get("/api/v1/venues/*", "/api/v1/venues/*/poster.pdf");
    }

    /** {@code Authorization: Bearer qo_…}: what no access token of the authorization server looks like. */
    static boolean carriesOwnerToken(jakarta.servlet.http.HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.length() > 7
                && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")
                && authorization.substring(7).strip().startsWith(Secrets.OWNER_TOKEN_PREFIX);
    }

    private static RequestMatcher anyOf(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList());
    }

    /** An owner token is {@code qo_…}; its SHA-256 names one venue, or it is no token of ours. */
    static OpaqueTokenIntrospector ownerTokens(VenueRepository venues) {
        return token -> {
            if (!token.startsWith(Secrets.OWNER_TOKEN_PREFIX)) {
                throw new BadOpaqueTokenException("not an owner token");
            }
            return venues.findByOwnerTokenHash(Secrets.ownerTokenHash(token)).map(VenueOwner::new)
                    .orElseThrow(() -> new BadOpaqueTokenException("no venue has this owner token"));
        };
    }

    /** The authenticated owner's venue is the one in the path (as typed: lower case and aliases too). */
    static AuthorizationManager<RequestAuthorizationContext> ownerOfThePathsVenue() {
        return (authentication, context) -> {
            Object principal = authentication.get() == null ? null : authentication.get().getPrincipal();
            if (!(principal instanceof VenueOwner owner)) {
                return new AuthorizationDecision(false);
            }
            String path = context.getVariables().get("venueCode");
            try {
                return new AuthorizationDecision(path != null && VenueCode.parse(path).equals(owner.venueCode()));
            } catch (QrFormatException notACode) {
                return new AuthorizationDecision(false);
            }
        };
    }
}
