package vn.qrqg.audit;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * The audit could not commit a record in time (the database failed, or the queue is full), so
 * the read it describes must not be answered. Answered as 503: the caller may try again.
 */
public final class AuditUnavailableException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public AuditUnavailableException(String message) {
        super(ProblemType.AUDIT_UNAVAILABLE, "The platform could not record this read in its audit, so it does not answer it; try "
                + "again.", message);
        retryAfter(1);
    }

    public AuditUnavailableException(String message, Throwable cause) {
        super(ProblemType.AUDIT_UNAVAILABLE, "The platform could not record this read in its audit, so it does not answer it; try "
                + "again.", message, cause);
        retryAfter(1);
    }

    @Override
    public boolean worthAWarning() {
        return true;
    }
}
