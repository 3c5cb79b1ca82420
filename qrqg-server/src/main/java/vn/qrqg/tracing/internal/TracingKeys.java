package vn.qrqg.tracing.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * How tracing keeps people: an alert's or a case's person as an HMAC under a key derived from
 * the key-encryption key (finds their alerts, names nobody without the key); a case's person
 * sealed, bound to the case, for tracing it again; and each contact sealed, bound to their case,
 * for the tracers who call them. Thread-safe.
 */
@Component
class TracingKeys {
    private static final String LABEL = "tracing:people";
    static final int PERSON_KEY_BYTES = 16;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A case's or a contact's person as check-ins name them: their registry document number (null
     * for a contact whose QID the platform no longer knows the number of), and their QID if they hold one.
     */
    record TracedPerson(String documentNumber, String qid) {

        List<String> names() {
            return qid == null ? List.of(documentNumber) : documentNumber == null ? List.of(qid) : List.of(qid, documentNumber);
        }
    }

    private final KeySealer sealer;
    private final SecretKeySpec people;

    TracingKeys(KeySealer sealer) {
        this.sealer = sealer;
        this.people = new SecretKeySpec(sealer.derive(LABEL), "HmacSHA256");
    }

    /** The first 16 bytes of HMAC-SHA-256 of a person's name in check-ins (a QID or a document number). */
    byte[] personKey(String person) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(people);
            return Arrays.copyOf(mac.doFinal(person.getBytes(StandardCharsets.UTF_8)), PERSON_KEY_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    byte[] seal(UUID caseId, TracedPerson person) {
        return sealer.seal(kid(caseId), JSON.writeValueAsBytes(person));
    }

    TracedPerson open(UUID caseId, byte[] sealed) {
        return JSON.readValue(sealer.unseal(kid(caseId), sealed), TracedPerson.class);
    }

    byte[] sealContact(UUID caseId, TracedPerson person) {
        return sealer.seal(contactKid(caseId), JSON.writeValueAsBytes(person));
    }

    TracedPerson openContact(UUID caseId, byte[] sealed) {
        return JSON.readValue(sealer.unseal(contactKid(caseId), sealed), TracedPerson.class);
    }

    private static String kid(UUID caseId) {
        return "tracing-case:" + caseId;
    }

    private static String contactKid(UUID caseId) {
        return "tracing-contact:" + caseId;
    }
}
