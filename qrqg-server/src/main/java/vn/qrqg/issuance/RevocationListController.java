package vn.qrqg.issuance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.qrqg.codec.revocation.RevocationList;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * A signing key's revocation list for offline scanners (FORMATS.md §4), public like the JWKS
 * that announces its counter: whole, or with {@code ?since={crlVersion}} what was added after it.
 * A list names QRs by hashes of their signatures only: no QID, nothing personal. The counter
 * decides the content, so the ETag is the counter (and {@code since}) and a matching
 * {@code If-None-Match} gets 304 before any entry is read. Gzipped for clients that accept it:
 * the ids are random bytes, so gzip only takes back base64's and JSON's overhead.
 */
@RestController
class RevocationListController {
    static final String PATH = "/.well-known/qr-revocations/";
    /** As the JWKS: five minutes, so that a revocation reaches scanners that soon, without every scan asking. */
    private static final String CACHE = "public, max-age=300";

    private final SigningKeys signingKeys;
    private final QrRevocationLists lists;

    RevocationListController(SigningKeys signingKeys, QrRevocationLists lists) {
        this.signingKeys = signingKeys;
        this.lists = lists;
    }

    @GetMapping(PATH + "{kid}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> list(@PathVariable("kid") String kid, @RequestParam(name = "since", required = false) String since,
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding, WebRequest request) {
        if (signingKeys.trustList().find(kid).isEmpty()) {
            throw new SigningKeyNotFoundException(kid);
        }
        Long after = since == null ? null : counter(since);
        long current = lists.crlVersions().getOrDefault(kid, 0L);
        String etag = "\"" + current + (after == null ? "" : "-" + Math.min(after, current)) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).header(HttpHeaders.CACHE_CONTROL, CACHE).eTag(etag).build();
        }
        RevocationList list = lists.list(kid, after);
        byte[] body = list.toJson().getBytes(StandardCharsets.UTF_8);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, CACHE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .eTag("\"" + list.crlVersion() + list.since().stream().mapToObj(from -> "-" + from).findFirst().orElse("") + "\"");
        if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
            return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(gzip(body));
        }
        return answer.body(body);
    }

    private static long counter(String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new InvalidFieldException("since", "must be a whole number from 0 up");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 2 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
