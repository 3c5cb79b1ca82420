package vn.qrqg.codec.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * ECDSA P-256 / SHA-256 through one JCA provider, with raw {@code r‖s} signatures in and out.
 * {@code Signature} objects are not thread-safe and costly to look up, so they are pooled, not
 * kept per thread (a server on virtual threads has a new thread per request), and one skips
 * re-initialisation while it is used with the same key.
 */
final class EcdsaBackend {
    private static final byte[] PROBE = "qrqg self-test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Idle slots kept at most, per kind: more than ever run at once on a few cores. */
    private static final int POOLED = 64;

    private final String name;
    private final Provider provider;
    private final String algorithm;
    private final boolean der; // Conscrypt speaks DER only; the JDK has a raw (IEEE P1363) variant
    private final ArrayBlockingQueue<Slot> signers = new ArrayBlockingQueue<>(POOLED);
    private final ArrayBlockingQueue<Slot> verifiers = new ArrayBlockingQueue<>(POOLED);

    EcdsaBackend(String name, Provider provider, String algorithm, boolean der) {
        this.name = name;
        this.provider = provider;
        this.algorithm = algorithm;
        this.der = der;
    }

    /** The JDK's own pure-Java provider (SunEC). */
    static EcdsaBackend jdk() {
        String algorithm = "SHA256withECDSAinP1363Format";
        Provider provider = Security.getProvider("SunEC");
        if (provider == null) { // a trimmed or unusual JDK: take whoever offers the algorithm
            try {
                provider = Signature.getInstance(algorithm).getProvider();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this JDK offers no ECDSA P-256 signatures", e);
            }
        }
        return new EcdsaBackend(provider.getName() + " (JDK " + Runtime.version().feature() + ")", provider,
                algorithm, false);
    }

    String name() {
        return name;
    }

    Provider provider() {
        return provider;
    }

    /** The provider's own form of {@code key}, converted once so that each verification does not redo it. */
    PublicKey publicKey(ECPublicKey key) {
        try {
            return KeyFactory.getInstance("EC", provider).generatePublic(new X509EncodedKeySpec(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(name + " cannot load the public key: " + e.getMessage(), e);
        }
    }

    /** The provider's own form of {@code key}; a key that does not export PKCS#8 is passed through as is. */
    PrivateKey privateKey(PrivateKey key) {
        byte[] pkcs8 = key.getEncoded();
        if (pkcs8 == null || !"PKCS#8".equals(key.getFormat())) {
            return key;
        }
        try {
            return KeyFactory.getInstance("EC", provider).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(name + " cannot load the private key: " + e.getMessage(), e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** The 64-byte raw signature of {@code message}. */
    byte[] sign(PrivateKey key, byte[] message) {
        Slot slot = Objects.requireNonNullElseGet(signers.poll(), this::newSlot);
        try {
            if (slot.key != key) {
                slot.key = null;
                slot.signature.initSign(key);
                slot.key = key;
            }
            slot.signature.update(message);
            byte[] signature = slot.signature.sign();
            return der ? EcdsaDer.toRaw(signature) : signature;
        } catch (GeneralSecurityException | RuntimeException e) {
            slot.key = null; // state unknown: initialise afresh next time
            throw new IllegalStateException("ECDSA P-256 signing failed in " + name + ": " + e.getMessage(), e);
        } finally {
            signers.offer(slot);
        }
    }

    /** Whether {@code raw} is a valid signature of {@code message}; false, never an exception, for junk. */
    boolean verify(PublicKey key, byte[] message, byte[] raw) {
        if (key == null || message == null || !inRange(raw)) {
            return false;
        }
        Slot slot = Objects.requireNonNullElseGet(verifiers.poll(), this::newSlot);
        try {
            if (slot.key != key) {
                slot.key = null;
                slot.signature.initVerify(key);
                slot.key = key;
            }
            slot.signature.update(message);
            return slot.signature.verify(der ? EcdsaDer.toDer(raw) : raw);
        } catch (GeneralSecurityException | RuntimeException e) {
            slot.key = null;
            return false;
        } finally {
            verifiers.offer(slot);
        }
    }

    /** 64 bytes, with r and s both in [1, n-1]: anything else cannot be a valid signature. */
    static boolean inRange(byte[] raw) {
        if (raw == null || raw.length != EcdsaDer.RAW_SIZE) {
            return false;
        }
        return isScalar(new BigInteger(1, raw, 0, P256.SIZE)) && isScalar(new BigInteger(1, raw, P256.SIZE, P256.SIZE));
    }

    private static boolean isScalar(BigInteger value) {
        return value.signum() > 0 && value.compareTo(P256.ORDER) < 0;
    }

    /** Signs and verifies with a fresh key: proves a native library works before relying on it. */
    void selfTest() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
            generator.initialize(P256.PARAMS);
            var pair = generator.generateKeyPair();
            byte[] signature = sign(pair.getPrivate(), PROBE);
            if (!verify(pair.getPublic(), PROBE, signature)) {
                throw new IllegalStateException(name + " failed its sign/verify self-test");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " cannot generate P-256 keys", e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private Slot newSlot() {
        try {
            return new Slot(Signature.getInstance(algorithm, provider));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name + " offers no " + algorithm, e);
        }
    }

    /** A Signature and the key it was last initialised with; used by one thread at a time. */
    private static final class Slot {
        final Signature signature;
        Key key;

        Slot(Signature signature) {
            this.signature = signature;
        }
    }
}
