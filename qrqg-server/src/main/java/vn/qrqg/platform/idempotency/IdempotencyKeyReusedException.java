package vn.qrqg.platform.idempotency;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** The same key with another request (the draft's 422): a key names one request. */
class IdempotencyKeyReusedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    IdempotencyKeyReusedException() {
        super(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was sent before with another request. "
                + "Send a new key with each new request; repeat a key only to repeat the very same request.",
                "idempotency key reused with another request");
    }
}
