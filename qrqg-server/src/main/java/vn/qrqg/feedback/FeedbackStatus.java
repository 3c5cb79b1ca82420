package vn.qrqg.feedback;

/** Where a report stands: received, taken up (assigned or forwarded), answered, closed. */
public enum FeedbackStatus {
    RECEIVED, IN_PROGRESS, ANSWERED, CLOSED;

    /** Whether an official still owes an answer. */
    public boolean awaitsAnswer() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
