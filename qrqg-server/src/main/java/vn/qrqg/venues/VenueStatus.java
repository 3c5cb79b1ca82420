package vn.qrqg.venues;

/** Whether a venue takes check-ins. */
public enum VenueStatus {
    /** Registered and confirmed by its owner's one-time code. */
    ACTIVE,
    /** Stopped by an operator: no check-ins are recorded there. */
    SUSPENDED
}
