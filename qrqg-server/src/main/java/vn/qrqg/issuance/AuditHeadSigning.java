package vn.qrqg.issuance;

import org.springframework.stereotype.Component;
import vn.qrqg.audit.AuditHeadSigner;
import vn.qrqg.codec.signature.Signer;

/**
 * The audit's day heads are signed with the key that signs QRs (docs/audit.md): anyone holding
 * the JWKS checks a head as they check a QR, and a rotation or revocation covers both alike.
 */
@Component
class AuditHeadSigning implements AuditHeadSigner {
    private final SigningKeys keys;

    AuditHeadSigning(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public Signer activeSigner() {
        return keys.activeSigner();
    }
}
