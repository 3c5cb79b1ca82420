package vn.qrqg.identity;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The population registry could not answer (timeout, connection refused, 5xx, malformed answer). */
public final class RegistryUnavailableException extends ProblemException {

    public RegistryUnavailableException(String message) {
        super(ProblemType.REGISTRY_UNAVAILABLE, "The population registry cannot answer now; try again later.", message);
    }

    public RegistryUnavailableException(String message, Throwable cause) {
        super(ProblemType.REGISTRY_UNAVAILABLE, "The population registry cannot answer now; try again later.", message, cause);
    }

    @Override
    public boolean worthAWarning() {
        return true;
    }
}
