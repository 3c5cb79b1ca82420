package vn.qrqg.issuance.citizens;

import java.util.Objects;
import vn.qrqg.clients.CallingClient;

/**
 * Who asks for a QR: a certified app and, when the app has accounts of its own that the platform
 * must tell apart (the portal's signed-in phones), the account. Limits count per app, or per
 * account when there is one; a challenge is completed only by the requester that started it.
 *
 * @param account the app's own name for its user (e.g. the portal's phone), or {@code null}; never logged
 */
public record Requester(CallingClient client, String account) {

    public Requester {
        Objects.requireNonNull(client, "client");
    }

    /** The app of the current request, with no account. */
    public static Requester callingApp() {
        return new Requester(CallingClient.require(), null);
    }

    @Override
    public String toString() {
        return "Requester[" + client.clientId() + (account == null ? "" : ", an account") + "]";
    }
}
