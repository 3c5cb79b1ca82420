package vn.qrqg.platform.batching;

/**
 * A {@link Batcher} could not answer an item, for the {@link #reason()} given. The message names
 * the batcher and the reason, never the items (they may be personal data).
 */
public final class BatchUnavailableException extends RuntimeException {
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
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
