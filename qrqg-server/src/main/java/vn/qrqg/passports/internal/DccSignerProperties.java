package vn.qrqg.passports.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The DCC signers' settings ({@code qrqg.passports.signers}, docs/dcc.md "Signers").
 *
 * @param generate whether the platform makes its own country signing CA and document signer when
 *        it has none (development: with a warning, as no other country trusts them); false in
 *        production, where an operator imports the signer the government's PKI issued
 * @param cscaValidity how long a generated country signing CA is valid
 * @param dscValidity how long a generated document signer is valid: it must outlive the certificates
 *        it signs (12 months) by its signing period
 * @param renewBefore the platform makes a new document signer (when it holds the CSCA's key) once the
 *        active one expires within this: more than a certificate's 12 months, so that every
 *        certificate it signs stays within its signer's validity
 * @param checkInterval how long an instance signs with the signer it has before it checks whether
 *        another instance rotated it
 */
@ConfigurationProperties("qrqg.passports.signers")
record DccSignerProperties(@DefaultValue("true") boolean generate, @DefaultValue("3650d") Duration cscaValidity,
        @DefaultValue("730d") Duration dscValidity, @DefaultValue("395d") Duration renewBefore,
        @DefaultValue("30s") Duration checkInterval) {

    DccSignerProperties {
        if (!renewBefore.minusDays(365).isPositive()) {
            throw new IllegalArgumentException("qrqg.passports.signers.renew-before must exceed a certificate's 365 days");
        }
        if (dscValidity.compareTo(renewBefore.plusDays(30)) < 0) {
            throw new IllegalArgumentException("qrqg.passports.signers.dsc-validity must exceed renew-before by 30 days at least");
        }
    }
}
