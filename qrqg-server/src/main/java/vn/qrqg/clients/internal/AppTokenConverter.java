package vn.qrqg.clients.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.qrqg.clients.App;
import vn.qrqg.clients.AppStatus;
import vn.qrqg.clients.CallingClient;

/**
 * Turns a verified access token into the calling client, on every call: its app (the token's
 * {@code sub}) must be certified now, and the call's scopes are those of the token that the app
 * still holds, as authorities {@code SCOPE_<scope>}.
 */
class AppTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AppStatusCache apps;

    AppTokenConverter(AppStatusCache apps) {
        this.apps = apps;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String clientId = jwt.getSubject();
        App app = apps.find(clientId).map(StoredApp::app)
                .orElseThrow(() -> new AppNotCertifiedException(clientId, null));
        if (app.status() != AppStatus.CERTIFIED) {
            throw new AppNotCertifiedException(clientId, app.status());
        }
        Set<String> scopes = new LinkedHashSet<>(tokenScopes(jwt));
        scopes.retainAll(app.scopes());
        CallingClient client = new CallingClient(app.appId(), app.clientId(), scopes, app.venueCode(),
                Set.copyOf(app.provinces()), app.vaccinationSite());
        return new AppAuthentication(client, jwt,
                scopes.stream().map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope)).toList());
    }

    /** The {@code scope} claim: a JSON array as this authorization server writes it, or a space-separated string. */
    static List<String> tokenScopes(Jwt jwt) {
        Object claim = jwt.getClaim("scope");
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value.trim().split("\\s+"));
        }
        return List.of();
    }
}
