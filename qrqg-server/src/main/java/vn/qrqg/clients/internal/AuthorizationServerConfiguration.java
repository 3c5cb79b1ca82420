package vn.qrqg.clients.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.clients.ClientsProperties;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * Spring Security's authorization server, for the client-credentials grant only: clients from
 * {@code clients_app}, self-contained JWT access tokens signed with the platform's own RSA key,
 * no record of issued tokens. The signing key is kept in {@code clients_token_key}, sealed by the
 * platform's {@link KeySealer}, so that tokens survive restarts and every instance accepts them. Its endpoints: {@code POST /oauth2/token} and {@code GET /oauth2/jwks}
 * only; the server's other endpoints, its metadata included, are not served (404), since a
 * client-credentials client needs none of them and each is one more thing to probe.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);
    static final String[] TOKEN_ENDPOINTS = {"/oauth2/token", "/oauth2/jwks"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerFilterChain(HttpSecurity http, RegisteredClientRepository clients,
            AuthorizationServerSettings settings) {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        SecurityProblems problems = new SecurityProblems();
        // only the endpoints the platform uses: the others (authorize, introspect, revoke, the
        // metadata, device, PAR, OIDC) fall to the API's chain and are answered 404 like any path
        http.securityMatcher(TOKEN_ENDPOINTS)
                .with(authorizationServer, server -> server
                        .registeredClientRepository(clients)
                        .authorizationService(new StatelessAuthorizations())
                        .authorizationServerSettings(settings))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(AppRepository apps, ClientsProperties properties) {
        return new AppClientRepository(apps, properties);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build(); // the default endpoints; the issuer from each request
    }

    /**
     * {@code {hmac-sha256}} ({@link KeyedSecretHash}) for new hashes; the prefix names the encoding
     * of each stored hash, so that older {@code {bcrypt}} hashes still match and are replaced by the
     * authorization server at the client's next successful authentication
     * ({@link AppClientRepository#save}). The authorization server checks client secrets with it.
     */
    @Bean
    PasswordEncoder passwordEncoder(KeySealer sealer) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(KeyedSecretHash.ID, new KeyedSecretHash(sealer));
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(KeyedSecretHash.ID, encoders);
    }

    @Bean
    JWKSource<SecurityContext> tokenSigningKeys(KeySealer sealer, JdbcClient jdbc,
            PlatformTransactionManager transactionManager) {
        RSAKey key = TokenKeys.loadOrCreate(jdbc, new TransactionTemplate(transactionManager), sealer);
        LOG.info("Access tokens are signed with key {} from clients_token_key", key.getKeyID());
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /**
     * Before Spring Security's filters: a client id or address with too many failed
     * authentications is refused before its secret is looked at. On the wall clock, as every
     * window of the platform's limits.
     */
    @Bean
    FilterRegistrationBean<TokenEndpointGuard> tokenEndpointGuard(ClientsProperties properties) {
        ClientsProperties.FailedAuthentications limits = properties.failedAuthentications();
        FilterRegistrationBean<TokenEndpointGuard> registration = new FilterRegistrationBean<>(new TokenEndpointGuard(
                new FailedAuthentications(limits.window(), limits.perClient(), limits.perAddress()), Clock.systemUTC()));
        registration.addUrlPatterns(TokenEndpointGuard.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Before the web server takes requests: the operator client exists, its secret as configured. */
    @Bean
    SmartInitializingSingleton adminBootstrap(AppRepository apps, PasswordEncoder passwordEncoder,
            EventOutbox events, ClientsProperties properties) {
        AdminBootstrap bootstrap = new AdminBootstrap(apps, passwordEncoder, events, System.out);
        return () -> bootstrap.run(properties.bootstrapAdminSecret());
    }
}
