package vn.qrqg.dcc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document signer certificates (DSCs) a verifier trusts, found by key id: the first 8 bytes
 * of the SHA-256 of the certificate's DER. Built from certificates (DER, PEM or base64 DER text)
 * and from the EU gateway's trust list JSON. Immutable.
 */
public final class SignerCertificates {
    private static final int KID_BYTES = 8;

    private final Map<String, List<TrustedSigner>> byKid;
    private final int size;
    private final int skipped;

    private SignerCertificates(Map<String, List<TrustedSigner>> byKid, int size, int skipped) {
        this.byKid = byKid;
        this.size = size;
        this.skipped = skipped;
    }

    public static SignerCertificates empty() {
        return new SignerCertificates(Map.of(), 0, 0);
    }

    public static SignerCertificates of(Collection<X509Certificate> certificates) {
        return build(certificates, 0);
    }

    private static SignerCertificates build(Collection<X509Certificate> certificates, int skipped) {
        Map<String, List<TrustedSigner>> byKid = new HashMap<>();
        for (X509Certificate certificate : certificates) {
            byKid.computeIfAbsent(Base64.getEncoder().encodeToString(kid(certificate)), k -> new ArrayList<>())
                    .add(TrustedSigner.of(certificate));
        }
        byKid.replaceAll((k, list) -> List.copyOf(list));
        return new SignerCertificates(Map.copyOf(byKid), certificates.size(), skipped);
    }

    /**
     * The DSCs of an EU gateway trust list: a JSON array of entries (or an object whose
     * {@code certificates} holds them), each with {@code rawData}, the certificate's base64 DER.
     * Entries whose {@code certificateType} is not {@code DSC}, or whose {@code rawData} is not a
     * certificate, are skipped and counted ({@link #skipped()}); the key id is computed, not trusted.
     *
     * @throws IllegalArgumentException when the text is not such a list
     */
    public static SignerCertificates fromTrustList(String json) {
        JsonNode root;
        try {
            root = Cbor.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("the trust list is not JSON: " + Reasons.of(e), e);
        }
        JsonNode entries = root != null && root.isObject() ? root.path("certificates") : root;
        if (entries == null || !entries.isArray()) {
            throw new IllegalArgumentException("the trust list is neither a JSON array of signer certificates "
                    + "nor an object with a 'certificates' array");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        int skipped = 0;
        for (JsonNode entry : entries) {
            String type = entry.path("certificateType").asText("DSC");
            try {
                if (!type.equalsIgnoreCase("DSC")) {
                    continue;
                }
                certificates.add(parseCertificate(entry.path("rawData").asText("").getBytes(StandardCharsets.US_ASCII)));
            } catch (IllegalArgumentException e) {
                skipped++;
            }
        }
        return build(certificates, skipped);
    }

    /**
     * One certificate from DER bytes, PEM text or base64 DER text.
     *
     * @throws IllegalArgumentException when it is none of those
     */
    public static X509Certificate parseCertificate(byte[] bytes) {
        byte[] der = bytes;
        if (bytes.length == 0) {
            throw new IllegalArgumentException("empty certificate");
        }
        if (bytes[0] != 0x30) {
            String text = new String(bytes, StandardCharsets.US_ASCII).strip();
            if (!text.contains("-----BEGIN")) {
                try {
                    der = Base64.getMimeDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("neither DER, PEM nor base64 DER: " + e.getMessage(), e);
                }
            }
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    /** The key id: the first 8 bytes of the SHA-256 of the certificate's DER. */
    public static byte[] kid(X509Certificate certificate) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return Arrays.copyOf(hash, KID_BYTES);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate has no DER encoding", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Why a document signer may not sign certificates of a type, by its extended key usage (the
     * {@code keyUsage} step); null when it may.
     */
    public static String keyUsageProblem(X509Certificate signer, DccType type) {
        return KeyUsage.check(signer, type);
    }

    /** These and {@code other}'s certificates. */
    public SignerCertificates plus(SignerCertificates other) {
        List<X509Certificate> all = new ArrayList<>(certificates());
        all.addAll(other.certificates());
        return build(all, skipped + other.skipped);
    }

    public List<X509Certificate> certificates() {
        return byKid.values().stream().flatMap(List::stream).map(TrustedSigner::certificate).toList();
    }

    public int size() {
        return size;
    }

    /** Trust list entries left out because they were not document signer certificates that parse. */
    public int skipped() {
        return skipped;
    }

    /** The certificates with this key id: usually one; a collision of 8-byte ids leaves several to try. */
    List<TrustedSigner> forKid(byte[] kid) {
        return byKid.getOrDefault(Base64.getEncoder().encodeToString(kid), List.of());
    }
}
