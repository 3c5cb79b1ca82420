package vn.qrqg.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the operators' review of the audit ({@code qrqg.audit.review}): when a credential's
 * distinct people read in an hour stands out against its kind ({@link UnusualReaders}).
 *
 * @param factor how many interquartile ranges above the third quartile of its kind's
 *        credential-hours a count must be to stand out (Tukey's "far out" fence is 3)
 * @param floor a count must also be above this many people, so that a quiet system, whose
 *        quartiles are a handful of people, flags nobody
 */
@ConfigurationProperties("qrqg.audit.review")
public record AuditReviewProperties(@DefaultValue("3") double factor, @DefaultValue("20") int floor) {

    public AuditReviewProperties {
        if (!(factor > 0) || floor < 0) {
            throw new IllegalArgumentException("qrqg.audit.review: factor must be positive and floor zero or more");
        }
    }
}
