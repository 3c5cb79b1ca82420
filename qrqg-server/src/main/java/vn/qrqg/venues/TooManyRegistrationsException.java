package vn.qrqg.venues;

import java.time.Duration;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** This mobile number started as many registrations as an hour allows. */
public class TooManyRegistrationsException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRegistrationsException(Duration retryAfter) {
        super(ProblemType.TOO_MANY_REGISTRATIONS, "This mobile number started as many venue registrations as an hour "
                + "allows; retry in " + Math.max(1, retryAfter.toSeconds()) + " s.",
                "too many venue registrations for this mobile number; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
        retryAfter(Math.max(1, retryAfter.toSeconds()));
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
