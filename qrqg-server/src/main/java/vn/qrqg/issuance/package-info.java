/**
 * Issuance: the platform's signing keys ({@link vn.qrqg.issuance.SigningKeys}: the active
 * signer, the trust list published at {@code /.well-known/jwks.json}, rotation, revocation).
 * This package is the capability's API; {@code internal} is private to it.
 */
package vn.qrqg.issuance;
