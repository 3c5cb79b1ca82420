package vn.qrqg.insurance;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The social-insurance database could not answer (timeout, connection refused, 5xx, malformed answer). */
public final class InsuranceUnavailableException extends ProblemException {
    /** An outage of another ministry's service: worth a retry in half a minute, not at once. */
    static final long RETRY_AFTER_SECONDS = 30;
    private static final String DETAIL = "Social insurance cannot confirm the health-insurance number now; try again later, or "
                + "leave insuranceNumber out to be issued a QR without one.";

    public InsuranceUnavailableException(String message) {
        super(ProblemType.INSURANCE_UNAVAILABLE, DETAIL, message);
        retryAfter(RETRY_AFTER_SECONDS);
    }

    public InsuranceUnavailableException(String message, Throwable cause) {
        super(ProblemType.INSURANCE_UNAVAILABLE, DETAIL, message, cause);
        retryAfter(RETRY_AFTER_SECONDS);
    }

    @Override
    public boolean worthAWarning() {
        return true;
    }
}
