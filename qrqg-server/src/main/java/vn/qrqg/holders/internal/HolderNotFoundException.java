package vn.qrqg.holders.internal;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * The person has no valid holder token with this id (never was, or revoked already). Public for
 * {@link vn.qrqg.holders.HolderApps}, which throws it; other capabilities only see it propagate.
 */
public final class HolderNotFoundException extends ProblemException {

    public HolderNotFoundException() {
        super(ProblemType.HOLDER_NOT_FOUND, "The person has no valid holder token with this id; list them with "
                + "GET /api/v1/citizens/{qid}/holders.", "the person has no valid holder token with this id");
    }
}
