package vn.qrqg.audit;

import vn.qrqg.codec.signature.Signer;

/**
 * Whoever signs the audit's day heads: the platform's active signing key, the one that signs QRs
 * (the issuance capability provides it), so that anyone holding the JWKS checks a head as they
 * check a QR. A port, so that the audit does not depend on the capability that audits through it.
 */
@FunctionalInterface
public interface AuditHeadSigner {

    /** The signer of the key in use now. */
    Signer activeSigner();
}
