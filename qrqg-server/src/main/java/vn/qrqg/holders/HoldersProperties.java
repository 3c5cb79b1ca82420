package vn.qrqg.holders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Holder tokens' settings ({@code qrqg.holders}).
 *
 * @param idleTokenLifetime a token no app presented for this long is revoked: the person left
 *        that app, and the row (their QID, the app) is personal data kept for nothing
 *        (Regulation 733); at least 7 days, so that a use now and then always keeps a token
 */
@ConfigurationProperties("qrqg.holders")
public record HoldersProperties(@DefaultValue("180d") Duration idleTokenLifetime) {

    public HoldersProperties {
        if (idleTokenLifetime == null || idleTokenLifetime.compareTo(Duration.ofDays(7)) < 0) {
            throw new IllegalArgumentException("qrqg.holders.idle-token-lifetime (QRQG_HOLDER_TOKEN_IDLE_LIFETIME) must "
                    + "be at least 7 days, not " + idleTokenLifetime);
        }
    }
}
