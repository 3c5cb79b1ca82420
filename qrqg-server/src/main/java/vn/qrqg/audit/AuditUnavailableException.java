package vn.qrqg.audit;

/**
 * The audit could not commit a record in time (the database failed, or the queue is full), so
 * the read it describes must not be answered. Answered as 503: the caller may try again.
 */
public final class AuditUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuditUnavailableException(String message) {
        super(message);
    }

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
