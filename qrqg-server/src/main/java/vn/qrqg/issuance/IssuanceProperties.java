package vn.qrqg.issuance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issuance settings ({@code qrqg.issuance}). The signing keys are sealed at rest by the
 * platform's {@link vn.qrqg.platform.secrets.KeySealer} ({@code qrqg.key-encryption-key}).
 *
 * @param activeKeyCheckInterval how long an instance signs with the key it has before it checks
 *        whether another instance rotated or revoked it
 */
@ConfigurationProperties("qrqg.issuance")
public record IssuanceProperties(@DefaultValue("30s") Duration activeKeyCheckInterval) {
}
