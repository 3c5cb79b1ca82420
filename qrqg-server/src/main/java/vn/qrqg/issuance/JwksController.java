package vn.qrqg.issuance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.signature.TrustedKey;

/**
 * The public keys, for scanners that verify offline (FORMATS.md §1). Public and cacheable;
 * Spring answers a matching {@code If-None-Match} with 304 from the ETag set here.
 */
@RestController
class JwksController {
    /** RFC 7517 §8.5.1. */
    static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");
    /** Five minutes: a rotation, a key's or a QR's revocation reaches scanners that soon, without every scan asking. */
    private static final String CACHE = "public, max-age=300";

    private final SigningKeys signingKeys;
    private final QrRevocationLists revocationLists;

    JwksController(SigningKeys signingKeys, QrRevocationLists revocationLists) {
        this.signingKeys = signingKeys;
        this.revocationLists = revocationLists;
    }

    /** Every key with its status and {@code crlVersion}, its revocation list's counter (0: an empty list). */
    @GetMapping("/.well-known/jwks.json")
    ResponseEntity<byte[]> jwks() {
        Map<String, Long> versions = revocationLists.crlVersions();
        TrustList keys = signingKeys.trustList();
        for (TrustedKey key : keys.keys()) {
            keys = keys.withCrlVersion(key.kid(), versions.getOrDefault(key.kid(), 0L));
        }
        byte[] body = keys.toJwks().getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(JWK_SET).header(HttpHeaders.CACHE_CONTROL, CACHE).eTag(strongETag(body)).body(body);
    }

    /** A hash of the body: the same keys and statuses always give the same ETag, on every instance. */
    static String strongETag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
