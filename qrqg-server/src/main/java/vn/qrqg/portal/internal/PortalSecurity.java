package vn.qrqg.portal.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.platform.web.ProblemWriter;
import vn.qrqg.platform.web.StatelessChains;

/**
 * Who may call {@code /portal/api/**}: a chain of its own, ordered before the venues' and the
 * API's (which stays stateless, bearer tokens only). Sign-in and a venue's public facts need
 * nothing; everything else a signed-in citizen (the session cookie, {@link PortalRequestFilter}).
 * No HTTP session, no Spring CSRF token: the cookie is SameSite=Strict and state-changing
 * requests must carry the portal's header.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {
    static final String PATHS = "/portal/api/**";

    @Bean
    @Order(-1) // after the authorization server's chain, before the venues' owner chain (0) and the API's (1)
    SecurityFilterChain portalFilterChain(HttpSecurity http, Sessions sessions) {
        ProblemWriter problems = new ProblemWriter();
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/portal/api/sign-in", "/portal/api/sign-in/confirm",
                                "/portal/api/sign-out").permitAll()
                        .requestMatchers(HttpMethod.GET, "/portal/api/session", "/portal/api/venues/*").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new PortalRequestFilter(sessions, problems), AuthorizationFilter.class);
        return StatelessChains.stateless(http, (request, response, e) -> problems.write(response, notSignedIn()),
                (request, response, e) -> problems.write(response, notSignedIn())).build();
    }

    static org.springframework.http.ProblemDetail notSignedIn() {
        return ProblemType.NOT_SIGNED_IN.problem(
                "Sign in with your mobile number and the code sent to it by SMS.");
    }
}
