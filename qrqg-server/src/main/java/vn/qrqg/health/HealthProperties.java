package vn.qrqg.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Health settings ({@code qrqg.health}, docs/covid-card.md).
 *
 * @param seedSize how many of the reference registry's synthetic people get seeded vaccination,
 *        test and recovery records on the first start (at most as many as the registry was seeded
 *        with); 0 seeds none
 * @param rulesCacheTimeToLive how long an instance keeps the provinces' COVID card rules before
 *        reading them again should an upload's notification be lost (it applies at once otherwise)
 * @param maxBatchItems the most items one push ({@code {items: [...]}}) may carry
 * @param cardCheckEvery how often each instance evaluates again the COVID cards that are due (their
 *        {@code validUntil} passed, their province's rules changed): a CardChanged comes this long
 *        after the instant at most, and a little more while a province's millions are worked through
 */
@ConfigurationProperties("qrqg.health")
public record HealthProperties(@DefaultValue("100000") int seedSize, @DefaultValue("5s") Duration rulesCacheTimeToLive,
        @DefaultValue("1000") int maxBatchItems, @DefaultValue("30s") Duration cardCheckEvery) {

    public HealthProperties {
        if (seedSize < 0) {
            throw new IllegalArgumentException("qrqg.health.seed-size must be 0 or more, not " + seedSize);
        }
        if (rulesCacheTimeToLive.isNegative()) {
            throw new IllegalArgumentException("qrqg.health.rules-cache-time-to-live cannot be negative");
        }
        if (maxBatchItems < 1) {
            throw new IllegalArgumentException("qrqg.health.max-batch-items must be 1 or more, not " + maxBatchItems);
        }
        if (cardCheckEvery.isNegative() || cardCheckEvery.isZero()) {
            throw new IllegalArgumentException("qrqg.health.card-check-every must be positive");
        }
    }
}
