package vn.qrqg.issuance;

import java.time.Instant;
import vn.qrqg.codec.signature.KeyStatus;

/**
 * Where one of the platform's signing keys is in its life (never its private half).
 *
 * @param retiredAt when rotation retired it, or null
 * @param revokedAt when it was revoked, or null
 */
public record SigningKey(String kid, KeyStatus status, Instant createdAt, Instant retiredAt, Instant revokedAt) {
}
