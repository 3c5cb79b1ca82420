package vn.qrqg.passports;

import java.util.UUID;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.platform.web.ProblemException;

/** The person has a request awaiting its site or the department already: one at a time. */
public final class PassportRequestOpenException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public PassportRequestOpenException(UUID requestId, PassportStatus status) {
        super(ProblemType.PASSPORT_REQUEST_OPEN, "Request " + requestId + " is still " + status
                + ": wait for its decision before asking again.", "a passport request is open");
        property("requestId", requestId);
        property("status", status.name());
    }
}
