package vn.qrqg.feedback;

import java.time.Duration;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The person sent as many reports as a day allows (429, until midnight Vietnam time). */
public final class TooManyFeedbackReportsException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public TooManyFeedbackReportsException(int perDay, Duration retryAfter) {
        super(ProblemType.TOO_MANY_FEEDBACK_REPORTS, "This person has sent " + perDay
                + " feedback reports today, as many as a day allows; send the next one tomorrow, or add to a "
                + "report already sent when it is answered.", "too many feedback reports today");
        long seconds = Math.max(1, retryAfter.toSeconds());
        property("perDay", perDay);
        property("retryAfterSeconds", seconds);
        retryAfter(seconds);
    }
}
