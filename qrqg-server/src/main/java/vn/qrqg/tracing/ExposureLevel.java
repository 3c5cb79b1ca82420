package vn.qrqg.tracing;

/** How near a confirmed case an alert's person was (DOMAIN.md, "Exposure alerts and tracing"). */
public enum ExposureLevel {
    /** Near the case: told to contact the health authority. */
    F1,
    /** Near an F1 after the F1's exposure: a precaution. */
    F2
}
