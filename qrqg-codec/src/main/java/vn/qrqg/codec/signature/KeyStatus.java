package vn.qrqg.codec.signature;

/** Where a signing key is in its life, as the JWKS {@code status} member publishes it (FORMATS.md §1). */
public enum KeyStatus {
    /** Signs new QRs. */
    ACTIVE("active"),
    /** Rotated out: signs nothing new, still verifies the QRs it signed until they are reissued. */
    RETIRED("retired"),
    /** Withdrawn (e.g. compromised): QRs it signed no longer verify. */
    REVOKED("revoked");

    private final String jwkValue;

    KeyStatus(String jwkValue) {
        this.jwkValue = jwkValue;
    }

    /** The value of the JWK {@code status} member. */
    public String jwkValue() {
        return jwkValue;
    }

    /** The status a JWK {@code status} member names; absent (null) means {@link #ACTIVE}. */
    public static KeyStatus fromJwk(String value) {
        if (value == null) {
            return ACTIVE;
        }
        for (KeyStatus status : values()) {
            if (status.jwkValue.equals(value)) {
                return status;
            }
        }
        throw new TrustListException("unknown key status \"" + value + "\": expected active, retired or revoked");
    }
}
