package vn.qrqg.codec.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Objects;

/**
 * Key ids as FORMATS.md §1 defines them: the first 6 bytes of the SHA-256 of the key's DER
 * SubjectPublicKeyInfo, in base64url without padding (8 characters). Derived from the key, so a
 * published kid can be checked against the key it names.
 */
public final class KeyIds {
    static final int LENGTH = 8;
    private static final int HASH_BYTES = 6;

    private KeyIds() {
    }

    public static String of(PublicKey key) {
        Objects.requireNonNull(key, "key");
        byte[] spki = key.getEncoded();
        if (spki == null || !"X.509".equals(key.getFormat())) {
            throw new IllegalArgumentException("the key does not export its SubjectPublicKeyInfo (format "
                    + key.getFormat() + ")");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(spki);
            return Base64Url.encode(Arrays.copyOf(hash, HASH_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** 8 base64url characters; says nothing about whether such a key exists. */
    public static boolean isWellFormed(String kid) {
        return kid != null && kid.length() == LENGTH && Base64Url.firstBadCharacter(kid) < 0;
    }
}
