package vn.qrqg.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * How feedback keeps people and what they wrote: the person as an HMAC of their QID under a key
 * derived from the key-encryption key (finds their reports, names nobody without the key); the
 * person, the text, the answer and the photo sealed (AES-256-GCM), each bound to its report, so
 * that a sealed value copied to another report does not open. Thread-safe.
 */
@Component
class FeedbackKeys {
    private static final String LABEL = "feedback:people";
    private static final int PERSON_KEY_BYTES = 16;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The person a report is from: their QID, and their registry document number when known. */
    record Reporter(String qid, String documentNumber) {

        @Override
        public String toString() {
            return "Reporter[…]"; // never personal data in a log
        }
    }

    private final KeySealer sealer;
    private final SecretKeySpec people;

    FeedbackKeys(KeySealer sealer) {
        this.sealer = sealer;
        this.people = new SecretKeySpec(sealer.derive(LABEL), "HmacSHA256");
    }

    byte[] personKey(String qid) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(people);
            return Arrays.copyOf(mac.doFinal(qid.getBytes(StandardCharsets.UTF_8)), PERSON_KEY_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    byte[] sealReporter(UUID reportId, Reporter reporter) {
        return sealer.seal(kid("person", reportId), JSON.writeValueAsBytes(reporter));
    }

    Reporter openReporter(UUID reportId, byte[] sealed) {
        return JSON.readValue(sealer.unseal(kid("person", reportId), sealed), Reporter.class);
    }

    byte[] sealText(UUID reportId, String part, String text) {
        return sealer.seal(kid(part, reportId), text.getBytes(StandardCharsets.UTF_8));
    }

    String openText(UUID reportId, String part, byte[] sealed) {
        return sealed == null ? null : new String(sealer.unseal(kid(part, reportId), sealed), StandardCharsets.UTF_8);
    }

    byte[] sealPhoto(UUID reportId, byte[] photo) {
        return sealer.seal(kid("photo", reportId), photo);
    }

    byte[] openPhoto(UUID reportId, byte[] sealed) {
        return sealer.unseal(kid("photo", reportId), sealed);
    }

    private static String kid(String part, UUID reportId) {
        return "feedback-" + part + ":" + reportId;
    }
}
