package vn.qrqg.venues;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A staff scanner's enrolment code that hands over nothing, and why. */
public class EnrolmentRefusedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    /** Why the code was refused. */
    public enum Reason {
        /** No link has it (made up, replaced, its staff member removed, or long expired). */
        NOT_FOUND(ProblemType.ENROLMENT_NOT_FOUND, "This enrolment link is not known: ask the venue's owner for a new one."),
        /** Used before: a link works once. */
        USED(ProblemType.ENROLMENT_USED, "This enrolment link was used already: ask the venue's owner for a new one."),
        /** Older than its validity. */
        EXPIRED(ProblemType.ENROLMENT_EXPIRED, "This enrolment link has expired: ask the venue's owner for a new one.");

        private final ProblemType type;
        private final String detail;

        Reason(ProblemType type, String detail) {
            this.type = type;
            this.detail = detail;
        }
    }

    private final Reason reason;

    public EnrolmentRefusedException(Reason reason) {
        super(reason.type, reason.detail, "enrolment refused: " + reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
