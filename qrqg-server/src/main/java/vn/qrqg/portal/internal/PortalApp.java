package vn.qrqg.portal.internal;

import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.qrqg.clients.App;
import vn.qrqg.clients.Apps;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * The portal as a client of the platform: the first-party app {@value #CLIENT_ID} ("Cổng QRQG",
 * {@code qr:issue checkin:self}), certified, made before the web server takes requests, like the
 * operator client. The portal calls the capabilities' Java APIs as this app ({@link #caller()}),
 * never the platform's HTTP: its holder tokens are this app's, and the audit names it as the
 * reader. Its secret, which nothing uses but the app's record, is derived from the
 * key-encryption key, so that every instance knows it without storing it, and nobody without the
 * key does.
 */
@Component
class PortalApp implements SmartInitializingSingleton {
    static final String CLIENT_ID = "portal";
    static final String NAME = "Cổng QRQG";
    static final List<String> SCOPES = List.of(Scopes.QR_ISSUE, Scopes.CHECKIN_SELF);
    /** The label of the derivation: another label, another secret. */
    private static final String SECRET_LABEL = "clients:portal-client-secret";

    private final Apps apps;
    private final String secret;
    private volatile App app;

    PortalApp(Apps apps, KeySealer sealer) {
        this.apps = apps;
        this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(sealer.derive(SECRET_LABEL));
    }

    @Override
    public void afterSingletonsInstantiated() {
        app = apps.ensureFirstParty(CLIENT_ID, NAME, SCOPES, secret);
    }

    /** The portal as the caller of a capability's Java API: its app, with its scopes. */
    CallingClient caller() {
        App made = app;
        if (made == null) {
            throw new PortalExceptions.PortalUnavailableException("the portal app is not made yet");
        }
        return new CallingClient(made.appId(), CLIENT_ID, Set.copyOf(SCOPES));
    }

    @Override
    public String toString() {
        return "PortalApp[" + CLIENT_ID + "]"; // never the secret
    }
}
