package vn.qrqg.venues;

import java.time.Duration;

/** This mobile number started as many registrations as an hour allows. */
public class TooManyRegistrationsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRegistrationsException(Duration retryAfter) {
        super("too many venue registrations for this mobile number; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
