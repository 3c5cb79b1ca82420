package vn.qrqg.clients.internal;

import vn.qrqg.clients.App;

/**
 * One row of {@code clients_app}: the app and the hash of its secret.
 *
 * @param clientSecretHash as the password encoder wrote it, with its {@code {id}} prefix
 */
public record StoredApp(App app, String clientSecretHash) {

    @Override
    public String toString() {
        return "StoredApp[app=" + app + "]"; // not the hash either
    }
}
