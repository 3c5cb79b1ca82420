package vn.qrqg.passports.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * What verifiers of the platform's EU DCCs download (docs/dcc.md): its signers in the EU gateway's
 * trust list format, and the certificates it revoked in the gateway's revocation batch format.
 * Public and cacheable; the same content gives the same ETag on every instance.
 */
@RestController
class DccListsController {
    /** Five minutes: a rotation, withdrawal or revocation reaches verifiers that soon. */
    private static final String CACHE = "public, max-age=300";
    private static final String COUNTRY = "VN";

    private final PlatformDccSigners signers;
    private final PlatformDccRevocations revocations;
    private final JsonMapper json;

    DccListsController(PlatformDccSigners signers, PlatformDccRevocations revocations, JsonMapper json) {
        this.signers = signers;
        this.revocations = revocations;
        this.json = json;
    }

    /**
     * Every signer a verifier trusts: each document signer (active, or retired and not expired) and
     * the country signing CAs, as {@code {kid, timestamp, country, certificateType, thumbprint, rawData}}.
     */
    @GetMapping("/.well-known/dcc/trust-list.json")
    ResponseEntity<byte[]> trustList() {
        List<TrustListEntry> entries = signers.publishedSigners().stream().map(TrustListEntry::of).toList();
        return cacheable(entries);
    }

    /**
     * The revoked certificates, one batch per signer and hash type:
     * {@code {country, batches: [{kid, hashType, expires, entries: [{hash}]}]}}; hashes in base64.
     */
    @GetMapping("/.well-known/dcc/revocation-list.json")
    ResponseEntity<byte[]> revocationList() {
        Map<String, Batch> batches = new LinkedHashMap<>();
        for (DccRevocationRepository.Entry entry : revocations.entries()) {
            String kid = Base64.getEncoder().encodeToString(entry.kid());
            Batch batch = batches.computeIfAbsent(kid + "/" + entry.type(),
                    key -> new Batch(kid, entry.type().name(), entry.expiresAt(), new ArrayList<>()));
            batch.entries().add(new Hash(Base64.getEncoder().encodeToString(entry.hash())));
            if (entry.expiresAt().isAfter(batch.expires())) {
                batches.put(kid + "/" + entry.type(), new Batch(kid, batch.hashType(), entry.expiresAt(), batch.entries()));
            }
        }
        return cacheable(new RevocationList(COUNTRY, List.copyOf(batches.values())));
    }

    private ResponseEntity<byte[]> cacheable(Object content) {
        byte[] body = json.writeValueAsBytes(content);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.CACHE_CONTROL, CACHE)
                .eTag(strongETag(body)).body(body);
    }

    private static String strongETag(byte[] body) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(body)) + "\"";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** An entry of the EU gateway's trust list. */
    record TrustListEntry(String kid, Instant timestamp, String country, String certificateType, String thumbprint,
            String rawData) {
        static TrustListEntry of(StoredDccSigner signer) {
            return new TrustListEntry(signer.kidBase64(), signer.createdAt(), COUNTRY, signer.role().name(),
                    HexFormat.of().formatHex(sha256(signer.certificate())), Base64.getEncoder().encodeToString(signer.certificate()));
        }
    }

    record RevocationList(String country, List<Batch> batches) {
    }

    record Batch(String kid, String hashType, Instant expires, List<Hash> entries) {
    }

    record Hash(String hash) {
    }
}
