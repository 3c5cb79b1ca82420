package vn.qrqg.portal.internal;

import java.time.Duration;

/** This mobile number was sent as many sign-in codes as an hour allows (429). */
class TooManyCodesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    TooManyCodesException(Duration retryAfter) {
        super("too many sign-in codes for this mobile number; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
