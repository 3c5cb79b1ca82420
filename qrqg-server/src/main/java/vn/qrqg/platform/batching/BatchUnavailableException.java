package vn.qrqg.platform.batching;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/**
 * A {@link Batcher} could not answer an item, for the {@link #reason()} given. The message names
 * the batcher and the reason, never the items (they may be personal data). A request that
 * waited for it is answered 503 {@link ProblemType#BUSY}, to be tried again in a second.
 */
public final class BatchUnavailableException extends ProblemException {
    private static final long serialVersionUID = 1L;

    /** Why an item got no answer. */
    public enum Reason {
        /** the queue was full: refused at once */
        QUEUE_FULL,
        /** the batcher is shutting down */
        CLOSED,
        /** the batch's call failed */
        FAILED,
        /** the answer did not come within the timeout (it may still be handled later) */
        TIMED_OUT,
        /** the caller was interrupted while it waited */
        INTERRUPTED
    }

    private final Reason reason;

    BatchUnavailableException(Reason reason, String message, Throwable cause) {
        super(ProblemType.BUSY, "The platform could not look this up in time; try again.", message, cause);
        this.reason = reason;
        retryAfter(1);
    }

    @Override
    public boolean worthAWarning() {
        return true;
    }

    public Reason reason() {
        return reason;
    }
}
