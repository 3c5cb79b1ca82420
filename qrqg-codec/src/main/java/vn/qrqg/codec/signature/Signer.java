package vn.qrqg.codec.signature;

/**
 * Whatever holds the platform's signing key. Today an in-memory key ({@link InMemorySigner});
 * later a hardware-backed one (an HSM through PKCS#11, or Vault's transit engine) implements
 * this same interface, and no caller changes.
 */
public interface Signer {

    /** The id of the key that signs, as {@link KeyIds#of} computes it from its public key. */
    String keyId();

    /** The ECDSA P-256 / SHA-256 signature of {@code message} as the 64-byte raw {@code r‖s}. */
    byte[] sign(byte[] message);
}
