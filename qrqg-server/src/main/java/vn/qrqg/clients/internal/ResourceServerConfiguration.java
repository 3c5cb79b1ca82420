package vn.qrqg.clients.internal;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import vn.qrqg.clients.PublicEndpoints;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.web.StatelessChains;

/**
 * Every other request: stateless, no sessions, no CSRF (no cookies to forge), no login form.
 * A bearer access token of a certified app everywhere but the public paths; scope admin under
 * {@code /api/v1/admin/}; other scopes per endpoint with {@code @RequiresScope}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ResourceServerConfiguration {
    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/.well-known/**", "/oauth2/jwks", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/error"};
    /**
     * The authorization server's endpoints the platform does not serve: let through so that they
     * are answered 404 like any unknown path, rather than 401 as if they existed.
     */
    private static final String[] UNSERVED = {"/.well-known/oauth-authorization-server",
        "/.well-known/openid-configuration", "/oauth2/authorize", "/oauth2/introspect", "/oauth2/revoke",
        "/oauth2/device_authorization", "/oauth2/device_verification", "/oauth2/par", "/userinfo",
        "/connect/register", "/connect/logout"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, JwtDecoder decoder, AppStatusCache apps,
            ObjectProvider<PublicEndpoints> publicEndpoints, BearerTokenResolver bearerTokens) {
        SecurityProblems problems = new SecurityProblems();
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(PUBLIC).permitAll();
            requests.requestMatchers(UNSERVED).permitAll();
            requests.requestMatchers(HttpMethod.GET, "/api/v1/apps/certified").permitAll();
            publicEndpoints.orderedStream().forEach(endpoints -> permit(requests, endpoints));
            requests.requestMatchers("/api/v1/admin/**").hasAuthority("SCOPE_" + Scopes.ADMIN);
            requests.anyRequest().authenticated();
        })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(bearerTokens)
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new AppTokenConverter(apps)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return StatelessChains.stateless(http, problems, problems).build();
    }

    /**
     * Signature (the authorization server's own key only) and expiry, checked once per token;
     * the app's status is the converter's, on every call.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> tokenSigningKeys) {
        return new VerifiedTokens(OAuth2AuthorizationServerConfiguration.jwtDecoder(tokenSigningKeys), Clock.systemUTC());
    }

    /** Where every chain that takes bearer tokens finds them: the Authorization header only. */
    @Bean
    BearerTokenResolver bearerTokenResolver() {
        return new BearerTokenHeader();
    }

    /** Every chain's firewall (Spring Security picks the bean up). */
    @Bean
    HttpFirewall httpFirewall() {
        return RequestFirewall.strict();
    }

    /**
     * No observation of each security filter and authorization decision: Spring Security would
     * otherwise wrap every filter of every request in one (about a tenth of the platform's CPU
     * under load, docs/benchmarks.md), for traces nobody reads here. The request metrics
     * ({@code http.server.requests}) stay.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Fills in {@code {value}} of {@code @RequiresScope}'s expression. */
    @Bean
    static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
        return new AnnotationTemplateExpressionDefaults();
    }

    private static void permit(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            PublicEndpoints endpoints) {
        String[] patterns = endpoints.patterns().toArray(String[]::new);
        if (endpoints.method() == null) {
            requests.requestMatchers(patterns).permitAll();
        } else {
            requests.requestMatchers(endpoints.method(), patterns).permitAll();
        }
    }
}
