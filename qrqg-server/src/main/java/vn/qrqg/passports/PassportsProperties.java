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
 * @param signers the signers' settings ({@code qrqg.passports.signers}, docs/dcc.md "Signers")
 */
@ConfigurationProperties("qrqg.passports")
public record PassportsProperties(@DefaultValue("false") boolean autoApproveSite, @DefaultValue("false") boolean autoSign,
        @DefaultValue("Ministry of Health of Viet Nam") String issuer, @DefaultValue("30d") Duration rejectedRetention,
        @DefaultValue("30d") Duration expiredRetention, @DefaultValue Signers signers) {

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

    /**
     * The DCC signers' settings.
     *
     * @param generate whether the platform makes its own country signing CA and document signer when
     *        it has none (development: with a warning, as no other country trusts them); false in
     *        production, where an operator imports the signer the government's PKI issued
     * @param cscaValidity how long a generated country signing CA is valid
     * @param dscValidity how long a generated document signer is valid: it must outlive the certificates
     *        it signs ({@link #VALIDITY}) by its signing period
     * @param renewBefore the platform makes a new document signer (when it holds the CSCA's key) once the
     *        active one expires within this: more than a certificate's validity, so that every
     *        certificate it signs stays within its signer's
     * @param checkInterval how long an instance signs with the signer it has before it checks whether
     *        another instance changed it, should that change's notification be lost
     */
    public record Signers(@DefaultValue("true") boolean generate, @DefaultValue("3650d") Duration cscaValidity,
            @DefaultValue("730d") Duration dscValidity, @DefaultValue("395d") Duration renewBefore,
            @DefaultValue("30s") Duration checkInterval) {

        public Signers {
            if (renewBefore.compareTo(VALIDITY) <= 0) {
                throw new IllegalArgumentException("qrqg.passports.signers.renew-before must exceed a certificate's "
                        + VALIDITY.toDays() + " days");
            }
            if (dscValidity.compareTo(renewBefore.plusDays(30)) < 0) {
                throw new IllegalArgumentException("qrqg.passports.signers.dsc-validity must exceed renew-before by 30 days at least");
            }
        }
    }
}
