package vn.qrqg.platform.secrets;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key-encryption key ({@code qrqg.key-encryption-key}, that is
 * {@code QRQG_KEY_ENCRYPTION_KEY}) that seals every private key the platform keeps in its
 * database: the configured one when set, else one generated
 * once and kept in {@code <data-dir>/key-encryption-key}, so that {@code bin/qrqg serve} works
 * out of the box without a default secret (with a warning, since the key then sits beside the
 * data it protects).
 */
public final class KeyEncryptionKeys {
    public static final String VARIABLE = "QRQG_KEY_ENCRYPTION_KEY";
    public static final String FILE_NAME = "key-encryption-key";
    private static final Logger LOG = LoggerFactory.getLogger(KeyEncryptionKeys.class);

    private KeyEncryptionKeys() {
    }

    /** The sealer for the configured key, or for the data directory's own when none is configured. */
    public static KeySealer sealer(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return new KeySealer(decode(configured.strip(), VARIABLE + " must be the base64 of " + KeySealer.KEY_BYTES
                    + " random bytes (e.g. from: openssl rand -base64 32)"), VARIABLE);
        }
        Path file = dataDir.resolve(FILE_NAME);
        byte[] key = read(file);
        LOG.warn("The key-encryption key of the platform's private keys is stored beside the data, in {}: whoever "
                + "copies the data directory can unseal the signing keys. Production must set {}.", file.toAbsolutePath(), VARIABLE);
        return new KeySealer(key, file.toAbsolutePath().toString());
    }

    private static byte[] read(Path file) {
        String text = SecretFiles.readOrCreate(file, "the key-encryption key", () -> {
            byte[] key = new byte[KeySealer.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key) + "\n";
        });
        return decode(text.strip(), file + " must hold the base64 of " + KeySealer.KEY_BYTES + " bytes; restore it "
                + "from a backup, or set " + VARIABLE + " to the key the signing keys were sealed under");
    }

    /** The key bytes, or {@link IllegalArgumentException} with {@code rule}; the message never shows the value. */
    private static byte[] decode(String base64, String rule) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(rule + "; it is not valid base64");
        }
        if (key.length != KeySealer.KEY_BYTES) {
            throw new IllegalArgumentException(rule + "; it decodes to " + key.length + " bytes");
        }
        return key;
    }
}
