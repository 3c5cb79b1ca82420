package vn.qrqg.codec.scan;

/** What a scanned text turned out to be. */
public enum ScanKind {
    /** A personal QR v1.1 (FORMATS.md §1). */
    PERSONAL,
    /** A venue URL of the platform (FORMATS.md §2). */
    VENUE,
    /** The QR printed on a chip-based citizen ID card (FORMATS.md §3). */
    CCCD_CARD,
    /**
     * An EU Digital COVID Certificate, an {@code HC1:} text (FORMATS.md §5): the platform reads it
     * ({@code qrqg-dcc}); this codec never answers it (added later).
     */
    DCC,
    /** None of the formats the platform reads. */
    UNKNOWN
}
