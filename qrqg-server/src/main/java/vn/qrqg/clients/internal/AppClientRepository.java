package vn.qrqg.clients.internal;

import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.qrqg.clients.AppStatus;
import vn.qrqg.clients.ClientsProperties;

/**
 * The authorization server's view of {@code clients_app}: a certified app is a client of the
 * client-credentials grant alone, with its scopes and its secret's hash; any other app is
 * unknown to it, so it gets no token ({@code invalid_client}, as for a wrong secret).
 */
class AppClientRepository implements RegisteredClientRepository {

    private final AppRepository apps;
    private final TokenSettings tokenSettings;

    AppClientRepository(AppRepository apps, ClientsProperties properties) {
        this.apps = apps;
        this.tokenSettings = TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .build();
    }

    /**
     * Only ever called by the authorization server to store a client whose secret hash it
     * upgraded (a stronger encoding) after a successful authentication: only the hash is kept.
     */
    @Override
    public void save(RegisteredClient client) {
        if (client.getClientSecret() != null) {
            apps.updateSecretHash(client.getClientId(), client.getClientSecret());
        }
    }

    @Override
    public RegisteredClient findById(String id) {
        UUID appId;
        try {
            appId = UUID.fromString(id);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
        return apps.find(appId).map(this::certifiedClient).orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return apps.findByClientId(clientId).map(this::certifiedClient).orElse(null);
    }

    private RegisteredClient certifiedClient(StoredApp stored) {
        if (stored.app().status() != AppStatus.CERTIFIED) {
            return null;
        }
        return RegisteredClient.withId(stored.app().appId().toString())
                .clientId(stored.app().clientId())
                .clientIdIssuedAt(stored.app().createdAt())
                .clientSecret(stored.clientSecretHash())
                .clientName(stored.app().name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(stored.app().scopes()))
                .clientSettings(ClientSettings.builder().requireProofKey(false).requireAuthorizationConsent(false).build())
                .tokenSettings(tokenSettings)
                .build();
    }
}
