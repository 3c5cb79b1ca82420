package vn.qrqg.passports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.dcc.SignerCertificates;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * An uploaded EU gateway trust list, read: its document signer certificates by country, and the
 * entries left out with why. The key id is computed, not trusted; a certificate listed twice is
 * kept once.
 *
 * @param signers by thumbprint (the SHA-256 of the DER, hex), in the list's order
 */
record TrustListUpload(Map<String, ForeignSigner> signers, List<Skipped> skipped) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FIELD = "certificates";

    /** One entry left out: its place in the list (from 0), its kid and country as written, and why. */
    record Skipped(int index, String kid, String country, String reason) {
    }

    /**
     * Reads the gateway's JSON array of {@code {kid, country, certificateType, rawData, …}}, or an
     * object whose {@code certificates} holds it.
     *
     * @throws InvalidFieldException when it is not such a list, or holds no certificate that reads
     */
    static TrustListUpload read(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            root = null;
        }
        JsonNode entries = root != null && root.isObject() ? root.path(FIELD) : root;
        if (entries == null || !entries.isArray()) {
            throw new InvalidFieldException(FIELD, "must be the EU gateway's trust list: a JSON array of signer "
                    + "certificates, or an object whose certificates holds them; the list held before is kept");
        }
        Map<String, ForeignSigner> signers = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String kid = text(entry.path("kid"));
            String country = text(entry.path("country"));
            String type = entry.path("certificateType").isMissingNode() ? "DSC" : text(entry.path("certificateType"));
            String why = null;
            X509Certificate certificate = null;
            if (!"DSC".equalsIgnoreCase(type)) {
                why = "not a document signer certificate (certificateType " + type + ")";
            } else if (country == null || !country.matches("[A-Z]{2}")) {
                why = "no country: two upper-case letters (ISO 3166-1 alpha-2)";
            } else {
                try {
                    certificate = SignerCertificates.parseCertificate(
                            String.valueOf(text(entry.path("rawData"))).getBytes(StandardCharsets.US_ASCII));
                } catch (IllegalArgumentException e) {
                    why = "rawData is not a certificate in base64 DER";
                }
            }
            if (why != null) {
                skipped.add(new Skipped(i, kid, country, why));
            } else {
                signers.putIfAbsent(thumbprint(certificate), new ForeignSigner(country, certificate));
            }
        }
        if (signers.isEmpty()) {
            throw new InvalidFieldException(FIELD, "holds no document signer certificate that could be read; "
                    + "the list held before is kept");
        }
        return new TrustListUpload(signers, skipped);
    }

    private static String text(JsonNode node) {
        return node.isString() || node.isNumber() ? node.asString() : null;
    }

    static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a parsed certificate has a DER encoding, every JDK SHA-256", e);
        }
    }

    static String kid(X509Certificate certificate) {
        return Base64.getEncoder().encodeToString(SignerCertificates.kid(certificate));
    }
}
