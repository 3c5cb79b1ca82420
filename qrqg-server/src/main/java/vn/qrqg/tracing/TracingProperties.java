package vn.qrqg.tracing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Exposure tracing settings ({@code qrqg.tracing}, docs/tracing.md): every margin and window,
 * changed by configuration (application.yml or the environment) without a release.
 *
 * @param infectiousBefore how long before the earlier of the sample and the symptom onset a case
 *        is taken to be infectious; the window ends at confirmation
 * @param marginBefore how long before a case's entry at a venue a visitor there is a contact
 * @param marginAfter how long after the case's exit a visitor there is a contact
 * @param secondLevelFor how long after an F1's exposure their own visits are traced for F2
 * @param rounding an alert's times are rounded outward to this (they tell the person when, and
 *        never precisely when the case was there)
 * @param retention cases and their alerts are kept this long after the report, then dropped whole
 * @param maxBatchItems the most cases one report ({@code {items: [...]}}) may carry
 * @param casesFromPositiveTests whether a positive PCR test pushed by a health system makes a case
 *        by itself (reported as that system's), without waiting for the case's own report
 * @param concurrency how many cases are traced at once on an instance; the others wait their turn
 *        in memory, their events still in the outbox (an outbreak's report of 1,000 cases must not
 *        take every database connection the API needs); about the cores the instance and its
 *        database share, since more traces at once only fight for them (docs/benchmarks.md)
 * @param groupSize how many waiting cases one trace takes together at most: they share their reads
 *        and their writes (an outbreak day of 10,000 cases), and hold that many cases' contacts in
 *        memory while they are traced
 */
@ConfigurationProperties("qrqg.tracing")
public record TracingProperties(@DefaultValue("2d") Duration infectiousBefore, @DefaultValue("1h") Duration marginBefore,
        @DefaultValue("1h") Duration marginAfter, @DefaultValue("14d") Duration secondLevelFor,
        @DefaultValue("15m") Duration rounding, @DefaultValue("30d") Duration retention,
        @DefaultValue("1000") int maxBatchItems, @DefaultValue("true") boolean casesFromPositiveTests,
        @DefaultValue("2") int concurrency, @DefaultValue("1000") int groupSize) {

    public TracingProperties {
        requirePositive("infectious-before", infectiousBefore);
        requireNotNegative("margin-before", marginBefore);
        requireNotNegative("margin-after", marginAfter);
        requirePositive("second-level-for", secondLevelFor);
        requirePositive("rounding", rounding);
        requirePositive("retention", retention);
        if (rounding.compareTo(Duration.ofDays(1)) > 0 || Duration.ofDays(1).toSeconds() % rounding.toSeconds() != 0) {
            throw new IllegalArgumentException("qrqg.tracing.rounding must divide a day (e.g. 15m, 1h), not " + rounding);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("qrqg.tracing.concurrency must be 1 or more, not " + concurrency);
        }
        if (groupSize < 1) {
            throw new IllegalArgumentException("qrqg.tracing.group-size must be 1 or more, not " + groupSize);
        }
        if (maxBatchItems < 1) {
            throw new IllegalArgumentException("qrqg.tracing.max-batch-items must be 1 or more, not " + maxBatchItems);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("qrqg.tracing." + name + " must be positive, not " + value);
        }
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("qrqg.tracing." + name + " cannot be negative, not " + value);
        }
    }
}
