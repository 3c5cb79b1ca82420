package vn.qrqg.codec.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Objects;

/**
 * A P-256 signing key held in memory (loaded from PEM, or generated for tests and development).
 * {@link #toString()} never shows the private key.
 */
public final class InMemorySigner implements Signer {
    private static final byte[] PAIR_PROBE = "qrqg key pair check".getBytes(StandardCharsets.US_ASCII);

    private final PrivateKey privateKey;
    private final ECPublicKey publicKey;
    private final String keyId;
    private final PrivateKey nativeKey; // the active provider's form, converted once

    private InMemorySigner(PrivateKey privateKey, ECPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = KeyIds.of(publicKey);
        this.nativeKey = EcdsaP256.nativePrivateKey(privateKey);
    }

    /** A new key pair drawn from a {@link SecureRandom}. */
    public static InMemorySigner generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            return new InMemorySigner(pair.getPrivate(), (ECPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot generate P-256 keys", e);
        }
    }

    /** The signer for an existing key pair; {@link IllegalArgumentException} unless both halves are P-256 and match. */
    public static InMemorySigner of(PrivateKey privateKey, ECPublicKey publicKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        P256.require(publicKey, "the public key");
        if (privateKey instanceof ECPrivateKey ec) {
            P256.require(ec, "the private key");
        } else if (!"EC".equals(privateKey.getAlgorithm())) {
            throw new IllegalArgumentException("the private key is " + privateKey.getAlgorithm() + ", not an EC P-256 key");
        }
        InMemorySigner signer = new InMemorySigner(privateKey, publicKey);
        signer.checkPair();
        return signer;
    }

    /**
     * The signer for a PKCS#8 private key and an X.509 SubjectPublicKeyInfo public key, both PEM.
     * {@link IllegalArgumentException} with the reason when either is unreadable, not P-256, or
     * when the two do not belong together.
     */
    public static InMemorySigner fromPem(String privateKeyPem, String publicKeyPem) {
        byte[] pkcs8 = Pem.decode(privateKeyPem, Pem.PRIVATE_KEY, "the private key");
        byte[] spki = Pem.decode(publicKeyPem, Pem.PUBLIC_KEY, "the public key");
        PrivateKey privateKey;
        PublicKey publicKey;
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            try {
                privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("the private key is not a PKCS#8 EC key on a curve this JDK knows: "
                        + e.getMessage(), e);
            }
            try {
                publicKey = factory.generatePublic(new X509EncodedKeySpec(spki));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("the public key is not an EC key on a curve this JDK knows: "
                        + e.getMessage(), e);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no EC key factory", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
        if (!(publicKey instanceof ECPublicKey ecPublicKey)) {
            throw new IllegalArgumentException("the public key is not an EC public key");
        }
        return of(privateKey, ecPublicKey);
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public byte[] sign(byte[] message) {
        return EcdsaP256.sign(nativeKey, Objects.requireNonNull(message, "message"));
    }

    public ECPublicKey publicKey() {
        return publicKey;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** PKCS#8, {@code -----BEGIN PRIVATE KEY-----}: a secret, keep it out of logs and repositories. */
    public String privateKeyPem() {
        byte[] pkcs8 = privateKey.getEncoded();
        if (pkcs8 == null) {
            throw new IllegalStateException("the private key cannot be exported");
        }
        try {
            return Pem.encode(Pem.PRIVATE_KEY, pkcs8);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** X.509 SubjectPublicKeyInfo, {@code -----BEGIN PUBLIC KEY-----}. */
    public String publicKeyPem() {
        return Pem.encode(Pem.PUBLIC_KEY, publicKey.getEncoded());
    }

    /** Signs and verifies a probe: a public key that is not the private key's would sign QRs nobody can verify. */
    private void checkPair() {
        boolean matches;
        try {
            matches = EcdsaP256.verify(EcdsaP256.nativePublicKey(publicKey), PAIR_PROBE, sign(PAIR_PROBE));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the private key cannot sign: " + e.getMessage(), e);
        }
        if (!matches) {
            throw new IllegalArgumentException("the private key and the public key (kid " + keyId
                    + ") do not belong together: a signature made with one does not verify with the other");
        }
    }

    @Override
    public String toString() {
        return "InMemorySigner[kid=" + keyId + ", P-256]"; // never the private key
    }
}
