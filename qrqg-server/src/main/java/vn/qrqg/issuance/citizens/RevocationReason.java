package vn.qrqg.issuance.citizens;

/**
 * Why a person's QR was revoked (docs/api.md, "Revoking a person's QR"). The holder may say
 * {@link #LOST_DEVICE}, {@link #STOLEN} or {@link #OTHER}; {@link #FRAUD} is an operator's finding.
 */
public enum RevocationReason {
    /** The phone (or the printed card) that showed the QR is lost. */
    LOST_DEVICE(true),
    /** It was stolen. */
    STOLEN(true),
    /** An operator found the QR used by someone else, or issued on a false declaration. */
    FRAUD(false),
    OTHER(true);

    /** What the holder may give, as the refusal lists it. */
    static final String HOLDER_REASONS = "LOST_DEVICE, STOLEN, OTHER";

    private final boolean holderMay;

    RevocationReason(boolean holderMay) {
        this.holderMay = holderMay;
    }

    /** Whether the person's own app may give this reason. */
    public boolean holderMay() {
        return holderMay;
    }
}
