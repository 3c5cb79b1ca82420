package vn.qrqg.passports;

import java.util.UUID;
import vn.qrqg.platform.web.ProblemType;
import vn.qrqg.platform.web.ProblemException;

/**
 * A step taken on a request that is not at it: signing before the site approved, deciding twice,
 * revoking what was never issued or is revoked already.
 */
public final class PassportNotAwaitingException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public PassportNotAwaitingException(UUID requestId, PassportStatus status, String step) {
        super(ProblemType.PASSPORT_NOT_AWAITING, "Request " + requestId + " is " + status + ": it is not awaiting "
                + step + ".", "passport request not at this step");
        property("requestId", requestId);
        property("status", status.name());
    }
}
