package vn.qrqg.tracing;

/** What put an alert's person near the case (or the F1). */
public enum ExposureReason {
    /** At the same venue within the margins of the other's visit. */
    VENUE,
    /** In the same vehicle on the same day, by travel declarations. */
    TRAVEL
}
