package vn.qrqg.identity;

/** The population registry could not answer (timeout, connection refused, 5xx, malformed answer). */
public final class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message) {
        super(message);
    }

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
