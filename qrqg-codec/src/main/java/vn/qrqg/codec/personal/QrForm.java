package vn.qrqg.codec.personal;

/** The two display forms of the same personal QR, each signed separately. */
public enum QrForm {
    /** The default an app shows: identity details partly hidden (see {@link Masking}). */
    MASKED,
    /** Every field as recorded. */
    FULL
}
