package vn.qrqg.codec;

/** Every scan resolves to exactly one of these (FORMATS.md §4). */
public enum ScanOutcome {
    VALID,
    /** A newer QR was issued for the same QID; only the platform, which knows, reports it. */
    SUPERSEDED,
    INVALID_SIGNATURE,
    UNKNOWN_KEY,
    REVOKED_KEY,
    MALFORMED,
    UNSUPPORTED,
    /** Well-formed, but no such person or venue; only the platform, which knows, reports it. */
    NOT_FOUND
}
