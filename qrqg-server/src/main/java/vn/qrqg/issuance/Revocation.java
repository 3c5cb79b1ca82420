package vn.qrqg.issuance;

/**
 * What a revocation did.
 *
 * @param revoked the revoked key
 * @param active the key that signs now: a new one when the revoked key was the active one
 */
public record Revocation(SigningKey revoked, SigningKey active) {
}
