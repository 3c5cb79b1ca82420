package vn.qrqg.declarations;

/** Who sent a declaration for the person. */
public enum DeclaredBy {
    /** The person's own app, with the holder token their QR issuance gave it. */
    HOLDER_APP,
    /** A venue controller, for a visitor without a phone (comes with venue staff credentials). */
    VENUE_STAFF
}
