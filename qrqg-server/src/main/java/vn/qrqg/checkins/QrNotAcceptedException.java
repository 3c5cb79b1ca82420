package vn.qrqg.checkins;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.scanning.ScanAnswer;

/**
 * The scanned text identifies nobody a check-in can be recorded for: a personal QR that is not
 * {@code VALID} or {@code SUPERSEDED}, a CCCD card of nobody in the registry, a venue's QR,
 * anything else. Nothing was recorded. Carries the scan's answer (outcome, and for a malformed
 * text its field and reason), never the text.
 */
public class QrNotAcceptedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final transient ScanAnswer answer;

    public QrNotAcceptedException(ScanAnswer answer) {
        super(ProblemType.QR_NOT_ACCEPTED, "The scan identified nobody to check in (outcome " + answer.outcome() + "): "
                + "only a VALID or SUPERSEDED personal QR, or a CCCD card of someone in the registry, checks in. "
                + "Nothing was recorded.", "the scan identified nobody: " + answer.outcome());
        this.answer = answer;
        property("outcome", answer.outcome().name());
        property("format", answer.format().name());
        if (answer.field() != null) {
            property("field", answer.field());
            property("problem", answer.problem());
        }
        if (answer.reason() != null) {
            property("reason", answer.reason());
        }
        if (answer.venue() != null) {
            property("venue", answer.venue());
        }
    }

    public ScanAnswer answer() {
        return answer;
    }
}
