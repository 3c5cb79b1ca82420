package vn.qrqg.dcc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * A certificate's entries in an EU DCC revocation list (eHealth Network, "Revocation of DCCs",
 * 2022): the first 16 bytes of a SHA-256, of one of three things by {@link Type}. A verifier
 * computes all three and looks each up; an issuer publishes the ones it chose.
 */
public final class RevocationHashes {
    /** The truncation the specification gives: 128 bits. */
    public static final int BYTES = 16;

    /** The hash types, by their names in the specification and on the gateway. */
    public enum Type {
        /** Of the certificate identifier (the UVCI, {@code ci}). */
        UCI,
        /** Of the issuing country ({@code iss} of the CWT) followed by the UVCI. */
        COUNTRYCODEUCI,
        /** Of the signature: for ES256 its first half (r), for PS256 all of it. */
        SIGNATURE
    }

    private RevocationHashes() {
    }

    /**
     * The certificate's hashes; UCI and COUNTRYCODEUCI are missing when it has no UVCI,
     * COUNTRYCODEUCI also when its CWT names no issuing country.
     */
    public static Map<Type, byte[]> of(DccCertificate certificate) {
        Map<Type, byte[]> hashes = new EnumMap<>(Type.class);
        String uvci = certificate.uvci();
        if (uvci != null) {
            hashes.put(Type.UCI, hash(uvci.getBytes(StandardCharsets.UTF_8)));
            String country = certificate.claims().issuer();
            if (country != null) {
                hashes.put(Type.COUNTRYCODEUCI, hash((country + uvci).getBytes(StandardCharsets.UTF_8)));
            }
        }
        byte[] signature = certificate.signature();
        boolean ecdsa = "ES256".equals(certificate.header().algorithm());
        hashes.put(Type.SIGNATURE, hash(ecdsa ? Arrays.copyOf(signature, signature.length / 2) : signature));
        return hashes;
    }

    private static byte[] hash(byte[] bytes) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(bytes), BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
