package vn.qrqg.clients;

/**
 * A newly registered app and its client secret, which is shown this once and then only
 * remembered as a hash.
 */
public record RegisteredApp(App app, String clientSecret) {

    @Override
    public String toString() {
        return "RegisteredApp[app=" + app + ", clientSecret=(shown once)]"; // never the secret in a log line
    }
}
