package vn.qrqg.passports;

import vn.qrqg.dcc.DccSigningKey;
import vn.qrqg.dcc.SignerCertificates;

/**
 * The platform's document signers (DSCs) of EU DCCs, under its country signing CA (CSCA): made at
 * first start for development, imported for production, rotated (docs/dcc.md "Signers").
 * Thread-safe.
 */
public interface DccSigners {

    /** The document signer that signs certificates now. */
    DccSigningKey active();

    /**
     * The platform's own document signer certificates a verifier trusts now: the active one and
     * retired ones whose certificates may still be valid, never a withdrawn one. What
     * {@code /.well-known/dcc/trust-list.json} publishes.
     */
    SignerCertificates published();
}
