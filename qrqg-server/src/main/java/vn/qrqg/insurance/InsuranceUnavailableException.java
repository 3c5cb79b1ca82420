package vn.qrqg.insurance;

/** The social-insurance database could not answer (timeout, connection refused, 5xx, malformed answer). */
public final class InsuranceUnavailableException extends RuntimeException {

    public InsuranceUnavailableException(String message) {
        super(message);
    }

    public InsuranceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
