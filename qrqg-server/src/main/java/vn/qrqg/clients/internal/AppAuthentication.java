package vn.qrqg.clients.internal;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import vn.qrqg.clients.CallingClient;

/**
 * A request authenticated by the access token of a certified app; its principal is the
 * {@link CallingClient}. A bearer-token authentication, so that Spring's handlers answer a
 * missing scope with {@code WWW-Authenticate: Bearer error="insufficient_scope"}.
 */
class AppAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {
    private static final long serialVersionUID = 1L;

    private final CallingClient client;

    AppAuthentication(CallingClient client, Jwt token, Collection<? extends GrantedAuthority> authorities) {
        super(token, client, token, authorities);
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public CallingClient getPrincipal() {
        return client;
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return client.clientId();
    }
}
