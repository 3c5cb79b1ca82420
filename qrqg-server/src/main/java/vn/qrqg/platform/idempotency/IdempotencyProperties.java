package vn.qrqg.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qrqg.idempotency}.
 *
 * @param retention how long a key and its first answer are kept: a retry after it runs afresh
 * @param abandonedAfter how long a first request may stay in progress before its key is taken as
 *        abandoned (its instance stopped mid-way) and a retry may run it again
 */
@ConfigurationProperties("qrqg.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention,
        @DefaultValue("2m") Duration abandonedAfter) {

    public IdempotencyProperties {
        if (retention.isNegative() || retention.isZero() || abandonedAfter.isNegative() || abandonedAfter.isZero()) {
            throw new IllegalArgumentException("qrqg.idempotency.retention and abandoned-after must be positive");
        }
    }
}
