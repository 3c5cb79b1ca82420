package vn.qrqg.issuance.internal;

import java.time.Instant;
import vn.qrqg.codec.signature.KeyStatus;

/**
 * One row of {@code issuance_signing_key}.
 *
 * @param publicKey DER SubjectPublicKeyInfo
 * @param privateKeySealed what {@link vn.qrqg.platform.secrets.KeySealer#seal} made of the PKCS#8 DER private key
 */
public record StoredSigningKey(String kid, byte[] publicKey, byte[] privateKeySealed, KeyStatus status,
        Instant createdAt, Instant retiredAt, Instant revokedAt) {
}
