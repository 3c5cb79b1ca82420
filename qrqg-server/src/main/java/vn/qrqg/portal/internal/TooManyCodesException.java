package vn.qrqg.portal.internal;

import java.time.Duration;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** This mobile number was sent as many sign-in codes as an hour allows (429). */
class TooManyCodesException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    TooManyCodesException(Duration retryAfter) {
        super(ProblemType.TOO_MANY_CODES, detail(retryAfter),
                "too many sign-in codes for this mobile number; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
        long seconds = Math.max(1, retryAfter.toSeconds());
        property("retryAfterSeconds", seconds);
        retryAfter(seconds);
    }

    Duration retryAfter() {
        return retryAfter;
    }

    private static String detail(Duration retryAfter) {
        long minutes = (Math.max(1, retryAfter.toSeconds()) + 59) / 60;
        return "This mobile number was sent as many sign-in codes as an hour allows; try again in " + minutes
                + " minute" + (minutes == 1 ? "" : "s") + ", or use the last code sent.";
    }
}
