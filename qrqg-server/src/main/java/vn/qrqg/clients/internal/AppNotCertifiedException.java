package vn.qrqg.clients.internal;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;
import vn.qrqg.clients.AppStatus;

/**
 * A valid token of an app that is not certified (any more): 401 with {@code invalid_token}, as
 * RFC 6750 has it for a revoked token.
 */
class AppNotCertifiedException extends OAuth2AuthenticationException {
    private static final long serialVersionUID = 1L;

    private final String clientId;
    private final AppStatus status;

    /** @param status the app's status now; null when there is no such app */
    AppNotCertifiedException(String clientId, AppStatus status) {
        super(new BearerTokenError(BearerTokenErrorCodes.INVALID_TOKEN, HttpStatus.UNAUTHORIZED,
                describe(clientId, status), null), describe(clientId, status));
        this.clientId = clientId;
        this.status = status;
    }

    String clientId() {
        return clientId;
    }

    /** Null when there is no such app. */
    AppStatus status() {
        return status;
    }

    private static String describe(String clientId, AppStatus status) {
        return status == null ? "The app of this token (" + clientId + ") no longer exists."
                : "The app of this token (" + clientId + ") is " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + ": only a certified app may call the platform.";
    }
}
