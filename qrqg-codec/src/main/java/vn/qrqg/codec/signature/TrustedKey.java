package vn.qrqg.codec.signature;

import java.security.interfaces.ECPublicKey;
import java.util.Objects;

/**
 * A public key scanners trust, under the id QRs name it by. The id must be the one
 * {@link KeyIds#of} derives from the key: that is how a key published under a forged kid is caught.
 */
public record TrustedKey(String kid, ECPublicKey publicKey, KeyStatus status) {

    public TrustedKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(status, "status");
        if (!P256.is(publicKey.getParams())) {
            throw new TrustListException("key " + kid + " is not on P-256, the only curve the format allows");
        }
        String derived = KeyIds.of(publicKey);
        if (!derived.equals(kid)) {
            throw new TrustListException("kid \"" + kid + "\" does not match its key, whose kid is \"" + derived + "\"");
        }
    }

    /** The same key with another status (rotation retires it, compromise revokes it). */
    public TrustedKey withStatus(KeyStatus newStatus) {
        return new TrustedKey(kid, publicKey, newStatus);
    }

    @Override
    public String toString() {
        return "TrustedKey[" + kid + ", " + status.jwkValue() + "]";
    }
}
