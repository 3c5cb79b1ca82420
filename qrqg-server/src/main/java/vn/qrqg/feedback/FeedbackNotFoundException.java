package vn.qrqg.feedback;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** No report has this tracking number, or none the caller may see: the same answer for both. */
public final class FeedbackNotFoundException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public FeedbackNotFoundException() {
        super(ProblemType.FEEDBACK_NOT_FOUND, "No feedback report with this tracking number is yours to see.",
                "no such feedback report");
    }
}
