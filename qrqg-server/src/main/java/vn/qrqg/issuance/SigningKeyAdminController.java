package vn.qrqg.issuance;

import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rotation and revocation for operators (scope {@code admin}, enforced by the platform's security). */
@RestController
@RequestMapping("/api/v1/admin/keys")
class SigningKeyAdminController {

    private final SigningKeys signingKeys;

    SigningKeyAdminController(SigningKeys signingKeys) {
        this.signingKeys = signingKeys;
    }

    @PostMapping("/rotate")
    RotationResponse rotate() {
        Rotation rotation = signingKeys.rotate();
        return new RotationResponse(rotation.active().kid(), rotation.active().status().jwkValue(),
                rotation.previous() == null ? null : KeyRef.of(rotation.previous()));
    }

    @PostMapping("/{kid}/revoke")
    RevocationResponse revoke(@PathVariable("kid") String kid) {
        Revocation revocation = signingKeys.revoke(kid);
        SigningKey key = revocation.revoked();
        return new RevocationResponse(key.kid(), key.status().jwkValue(), key.createdAt(), key.retiredAt(),
                key.revokedAt(), KeyRef.of(revocation.active()));
    }

    /** {@code {kid, status:"active", previous:{kid, status:"retired"}}}; previous is null if no key was active. */
    record RotationResponse(String kid, String status, KeyRef previous) {
    }

    /** The revoked key's new state, and the key that signs now. */
    record RevocationResponse(String kid, String status, Instant createdAt, Instant retiredAt, Instant revokedAt,
            KeyRef active) {
    }

    /** A key and its status as the JWKS spells it. */
    record KeyRef(String kid, String status) {
        static KeyRef of(SigningKey key) {
            return new KeyRef(key.kid(), key.status().jwkValue());
        }
    }
}
