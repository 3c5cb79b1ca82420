package vn.qrqg.passports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issuing the international vaccine passport ({@code qrqg.passports}, docs/dcc.md "Issuing the passport").
 *
 * @param autoApproveSite development only: a request is approved for its site at once, audited as automatic
 * @param autoSign development only: a request the site approved is signed at once, audited as automatic
 * @param issuer the certificate issuer ({@code is}) the passports name
 * @param rejectedRetention a rejected request is dropped this long after its rejection
 * @param expiredRetention an issued (or revoked) passport is dropped this long after its validity ends
 */
@ConfigurationProperties("qrqg.passports")
public record PassportsProperties(@DefaultValue("false") boolean autoApproveSite, @DefaultValue("false") boolean autoSign,
        @DefaultValue("Ministry of Health of Viet Nam") String issuer, @DefaultValue("30d") Duration rejectedRetention,
        @DefaultValue("30d") Duration expiredRetention) {

    /** A passport is valid 12 months (Decision 5772/QĐ-BYT): {@code exp} = {@code iat} + 365 days. */
    public static final Duration VALIDITY = Duration.ofDays(365);

    public PassportsProperties {
        if (issuer == null || issuer.isBlank() || issuer.length() > 80) {
            throw new IllegalArgumentException("qrqg.passports.issuer must be 1 to 80 characters");
        }
        for (Duration d : new Duration[] {rejectedRetention, expiredRetention}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("qrqg.passports retentions must be positive, not " + d);
            }
        }
    }
}
