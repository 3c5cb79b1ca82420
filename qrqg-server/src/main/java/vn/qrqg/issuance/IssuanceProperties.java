package vn.qrqg.issuance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issuance settings ({@code qrqg.issuance}).
 *
 * @param keyEncryptionKey the base64 of the 32-byte AES key that seals the signing keys at rest
 *        ({@code QRQG_KEY_ENCRYPTION_KEY}); empty: one kept in the data directory, with a warning
 * @param activeKeyCheckInterval how long an instance signs with the key it has before it checks
 *        whether another instance rotated or revoked it
 */
@ConfigurationProperties("qrqg.issuance")
public record IssuanceProperties(String keyEncryptionKey, @DefaultValue("30s") Duration activeKeyCheckInterval) {

    @Override
    public String toString() {
        return "IssuanceProperties[keyEncryptionKey=" + (keyEncryptionKey == null || keyEncryptionKey.isBlank() ? "(unset)" : "(set)")
                + ", activeKeyCheckInterval=" + activeKeyCheckInterval + "]";
    }
}
