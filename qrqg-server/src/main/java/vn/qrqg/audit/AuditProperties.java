package vn.qrqg.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit settings ({@code qrqg.audit}).
 *
 * @param queueCapacity records waiting to be written at most; beyond it a read is refused (503)
 * @param maxBatch records written in one INSERT and one commit at most
 * @param writers threads writing batches at once
 * @param commitDelay how long a writer that took a record waits for more to share its commit
 * @param commitTimeout how long a read waits for its record's commit before it is refused (503)
 * @param partitionDaysAhead daily partitions of {@code audit_record} kept ready ahead of today
 * @param partitionCheckInterval how often an instance checks that they exist, and drops those past the retention
 * @param retention how long audit records are kept (they are personal data too, Regulation 733): a
 *        day's partition is dropped whole once its whole day is older than this
 * @param sealGrace how long after a day's midnight (UTC) its chain is sealed: longer than a read
 *        takes from its audit record's time to its commit, for a later one is refused (503)
 * @param sealCheckInterval how often an instance looks for days to seal
 */
@ConfigurationProperties("qrqg.audit")
public record AuditProperties(@DefaultValue("20000") int queueCapacity, @DefaultValue("500") int maxBatch,
        @DefaultValue("2") int writers, @DefaultValue("5ms") Duration commitDelay,
        @DefaultValue("5s") Duration commitTimeout,
        @DefaultValue("7") int partitionDaysAhead, @DefaultValue("1h") Duration partitionCheckInterval,
        @DefaultValue("30d") Duration retention, @DefaultValue("1m") Duration sealGrace,
        @DefaultValue("5m") Duration sealCheckInterval) {

    public AuditProperties {
        if (queueCapacity < 1 || maxBatch < 1 || writers < 1 || partitionDaysAhead < 1) {
            throw new IllegalArgumentException("qrqg.audit: queue-capacity, max-batch, writers and "
                    + "partition-days-ahead must be 1 or more");
        }
        if (commitDelay.isNegative() || commitDelay.compareTo(commitTimeout) >= 0) {
            throw new IllegalArgumentException("qrqg.audit.commit-delay must be zero or more, and less than commit-timeout");
        }
        // yesterday's partition takes the records of requests that began before midnight: a
        // retention under a day would drop it while it is still in use
        if (retention == null || retention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("qrqg.audit.retention must be one day or more");
        }
        if (commitTimeout.isNegative() || commitTimeout.isZero()) {
            throw new IllegalArgumentException("qrqg.audit.commit-timeout must be positive");
        }
        if (sealGrace.compareTo(commitTimeout) <= 0 || sealGrace.compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException("qrqg.audit.seal-grace must be longer than commit-timeout, and 12 hours at most");
        }
        if (sealCheckInterval.isNegative() || sealCheckInterval.isZero()) {
            throw new IllegalArgumentException("qrqg.audit.seal-check-interval must be positive");
        }
    }
}
