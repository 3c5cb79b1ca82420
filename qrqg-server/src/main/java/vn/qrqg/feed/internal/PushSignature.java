package vn.qrqg.feed.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A delivery's signature (docs/feed.md, "Push"): {@code sha256=} and the lowercase hex of
 * HMAC-SHA-256, keyed with the secret's text as ASCII, over the timestamp header's value, a dot,
 * and the raw body, so that a delivery replayed later, or with another body, does not verify.
 */
final class PushSignature {
    static final String PREFIX = "sha256=";

    private PushSignature() {
    }

    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot compute HMAC-SHA-256: " + e.getMessage(), e);
        }
    }
}
