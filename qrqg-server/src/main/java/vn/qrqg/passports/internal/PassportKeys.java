package vn.qrqg.passports.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * How passports keep people: the person as an HMAC of their QID under a key derived from the
 * key-encryption key (finds their requests, names nobody without the key); what a request certifies,
 * a reason and the signed text sealed (AES-256-GCM), each bound to its request and part, so that a
 * sealed value copied to another row does not open there. Thread-safe.
 */
@Component
class PassportKeys {
    private static final String LABEL = "passports:people";
    private static final int PERSON_KEY_BYTES = 16;

    private final KeySealer sealer;
    private final SecretKeySpec people;

    PassportKeys(KeySealer sealer) {
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

    /** @param part {@code content}, {@code reason} or {@code hc1} */
    byte[] seal(UUID requestId, String part, String text) {
        return text == null ? null : sealer.seal(kid(part, requestId), text.getBytes(StandardCharsets.UTF_8));
    }

    String open(UUID requestId, String part, byte[] sealed) {
        return sealed == null ? null : new String(sealer.unseal(kid(part, requestId), sealed), StandardCharsets.UTF_8);
    }

    private static String kid(String part, UUID requestId) {
        return "passports-" + part + ":" + requestId;
    }
}
