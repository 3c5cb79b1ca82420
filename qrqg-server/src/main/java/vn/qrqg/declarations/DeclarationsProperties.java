package vn.qrqg.declarations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Declarations settings ({@code qrqg.declarations}).
 *
 * @param retention how long a declaration is kept, counted from when it was declared: no answer
 *        includes an older one, and the daily partitions that hold only older ones are dropped
 * @param retentionCheckInterval how often an instance drops the expired partitions
 * @param partitionDaysAhead daily partitions of the declaration tables kept ready ahead of today
 * @param partitionCheckInterval how often an instance checks that they exist
 */
@ConfigurationProperties("qrqg.declarations")
public record DeclarationsProperties(@DefaultValue("30d") Duration retention,
        @DefaultValue("1h") Duration retentionCheckInterval, @DefaultValue("7") int partitionDaysAhead,
        @DefaultValue("1h") Duration partitionCheckInterval) {

    public DeclarationsProperties {
        // yesterday's partition is kept ready for late inserts (clock skew at midnight); a shorter
        // retention would drop it while it is still in use
        if (retention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("qrqg.declarations.retention must be one day or more");
        }
        if (partitionDaysAhead < 1) {
            throw new IllegalArgumentException("qrqg.declarations.partition-days-ahead must be 1 or more");
        }
        if (!retentionCheckInterval.isPositive() || !partitionCheckInterval.isPositive()) {
            throw new IllegalArgumentException("qrqg.declarations: the check intervals must be positive");
        }
    }
}
