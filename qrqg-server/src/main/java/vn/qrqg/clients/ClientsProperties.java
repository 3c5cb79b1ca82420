package vn.qrqg.clients;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Client settings ({@code qrqg.clients}).
 *
 * @param bootstrapAdminSecret the secret of the operator client {@code admin}
 *        ({@code QRQG_BOOTSTRAP_ADMIN_SECRET}, at least 32 characters): set on its creation and
 *        reset to it at every start; empty: generated on the first start and printed once
 * @param accessTokenTimeToLive how long an access token works (while its app stays certified)
 * @param statusCacheTimeToLive how long an instance trusts what it read of an app's status should
 *        a change's notification be lost; a change through any instance is notified and applies on
 *        every instance at once. Zero: read it on every call
 * @param failedAuthentications the limits of failed client authentications at {@code /oauth2/token}
 */
@ConfigurationProperties("qrqg.clients")
public record ClientsProperties(String bootstrapAdminSecret,
        @DefaultValue("10m") Duration accessTokenTimeToLive, @DefaultValue("1s") Duration statusCacheTimeToLive,
        @DefaultValue FailedAuthentications failedAuthentications) {

    /**
     * Past {@code perClient} failures of one client id, or {@code perAddress} from one address,
     * in a {@code window}, the token endpoint answers 429 until the window ends (per instance).
     */
    public record FailedAuthentications(@DefaultValue("1m") Duration window, @DefaultValue("10") int perClient,
            @DefaultValue("100") int perAddress) {
    }

    @Override
    public String toString() {
        return "ClientsProperties[bootstrapAdminSecret=" + state(bootstrapAdminSecret) + ", accessTokenTimeToLive="
                + accessTokenTimeToLive
                + ", statusCacheTimeToLive=" + statusCacheTimeToLive + "]";
    }

    private static String state(String secret) {
        return secret == null || secret.isBlank() ? "(unset)" : "(set)";
    }
}
