package vn.qrqg.passports;

/** Where a passport request is: at its site, at the department, refused by either, signed, or revoked. */
public enum PassportStatus {
    AWAITING_SITE, AWAITING_SIGNATURE, REJECTED, ISSUED, REVOKED;

    /** Whether the request still waits for a decision: a person has one such at most. */
    public boolean open() {
        return this == AWAITING_SITE || this == AWAITING_SIGNATURE;
    }
}
