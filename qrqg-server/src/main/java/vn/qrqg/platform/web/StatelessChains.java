package vn.qrqg.platform.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * What the platform's API filter chains (apps' bearer tokens, venue owners' tokens, the portal's
 * session cookie) share: no HTTP session, no request saved for after a login, no form logout,
 * and no CSRF token — no cookie carries authority there but the portal's, which demands a
 * header a cross-site form cannot send — and refusals written by the chain's own problem writer.
 */
public final class StatelessChains {

    private StatelessChains() {
    }

    /** Applies the above to {@code http}; the caller adds what its chain authorises, and builds it. */
    public static HttpSecurity stateless(HttpSecurity http, AuthenticationEntryPoint unauthenticated,
            AccessDeniedHandler denied) {
        return http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable());
    }
}
