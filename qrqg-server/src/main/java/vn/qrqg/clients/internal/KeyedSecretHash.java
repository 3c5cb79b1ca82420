package vn.qrqg.clients.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * Client secrets hashed with HMAC-SHA256 under a key derived from the key-encryption key
 * ({@code {hmac-sha256}…} in {@code clients_app}). A client secret is 256 random bits, not a
 * password: nothing is gained by a slow hash, whose cost only let a flood of wrong secrets take
 * the machine (docs/benchmarks.md). The key keeps a copy of the table from being checked offline
 * without the key-encryption key. A new key-encryption key invalidates every app's secret but the
 * first-party ones, which are reset at start.
 */
final class KeyedSecretHash implements PasswordEncoder {
    static final String ID = "hmac-sha256";
    private static final String KEY_LABEL = "clients:secret-hash";

    private final SecretKeySpec key;

    KeyedSecretHash(KeySealer sealer) {
        this.key = new SecretKeySpec(sealer.derive(KEY_LABEL), "HmacSHA256");
    }

    @Override
    public String encode(CharSequence secret) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(secret));
    }

    /** In constant time for secrets of any length. */
    @Override
    public boolean matches(CharSequence secret, String encoded) {
        if (secret == null || encoded == null) {
            return false;
        }
        byte[] stored;
        try {
            stored = Base64.getUrlDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(stored, mac(secret));
    }

    private byte[] mac(CharSequence secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(secret.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
