package vn.qrqg.feedback;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** An action on a closed report, which takes none. */
public final class FeedbackClosedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public FeedbackClosedException(String trackingNumber) {
        super(ProblemType.FEEDBACK_CLOSED, "Report " + trackingNumber + " is closed: it can no longer be assigned, "
                + "forwarded or answered.", "the report is closed");
        property("trackingNumber", trackingNumber);
    }
}
