/**
 * The {@code ChuKy} signature of FORMATS.md §1: ECDSA P-256 / SHA-256 as raw {@code r‖s},
 * key ids derived from the key, and trust lists published as JWKS. {@link
 * vn.qrqg.codec.signature.SignatureVerifier} is the entry point; {@link
 * vn.qrqg.codec.signature.EcdsaP256} picks the crypto provider.
 */
package vn.qrqg.codec.signature;
