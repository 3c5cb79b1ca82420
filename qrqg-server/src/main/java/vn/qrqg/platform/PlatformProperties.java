package vn.qrqg.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform keeps what it must not lose between restarts, and the key that seals it.
 *
 * @param dataDir the embedded database and, when no key-encryption key is configured, the
 *        generated one ({@code QRQG_DATA_DIR} or {@code --data-dir}; default {@code ./data})
 * @param keyEncryptionKey the base64 of the 32-byte AES key that seals every private key the
 *        platform stores (issuance's signing keys, the access-token signing key)
 *        ({@code QRQG_KEY_ENCRYPTION_KEY}); empty: one generated once into
 *        {@code <data-dir>/key-encryption-key}, with a warning
 */
@ConfigurationProperties("qrqg")
public record PlatformProperties(Path dataDir, String keyEncryptionKey) {

    @Override
    public String toString() {
        return "PlatformProperties[dataDir=" + dataDir + ", keyEncryptionKey="
                + (keyEncryptionKey == null || keyEncryptionKey.isBlank() ? "(unset)" : "(set)") + "]"; // never the key
    }
}
