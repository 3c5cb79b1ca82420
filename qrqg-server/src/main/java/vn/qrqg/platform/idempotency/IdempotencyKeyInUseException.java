package vn.qrqg.platform.idempotency;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A repeat that came while the key's first request was still running (the draft's 409). */
class IdempotencyKeyInUseException extends ProblemException {
    private static final long serialVersionUID = 1L;

    IdempotencyKeyInUseException() {
        super(ProblemType.IDEMPOTENCY_KEY_IN_USE, "A request with this Idempotency-Key is in progress. Wait for its "
                + "answer, or send this one again in a moment to get that answer.", "idempotency key in use");
        retryAfter(1);
    }
}
