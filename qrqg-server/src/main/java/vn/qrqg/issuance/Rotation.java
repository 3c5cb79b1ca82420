package vn.qrqg.issuance;

/**
 * What a rotation did.
 *
 * @param active the new key, which signs from now on
 * @param previous the key it replaced, now retired; null when no key was active
 */
public record Rotation(SigningKey active, SigningKey previous) {
}
