package vn.qrqg.passports.internal;

import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.clients.PublicEndpoints;
import vn.qrqg.dcc.SignerCertificates;

/** The passports' public lists, and their signer made ready before the web server starts. */
@Configuration(proxyBeanMethods = false)
class PassportsConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(PassportsConfiguration.class);

    /** What verifiers download, without a token. */
    @Bean
    PublicEndpoints dccLists() {
        return PublicEndpoints.get("/.well-known/dcc/trust-list.json", "/.well-known/dcc/revocation-list.json");
    }

    /**
     * Makes the development signers at start (when allowed), so that the trust list a verifier
     * caches first is not empty; says which signer signs, or that none does.
     */
    @Bean
    SmartInitializingSingleton dccSignerAtStartup(PlatformDccSigners signers) {
        return () -> {
            try {
                LOG.info("EU DCCs are signed by the document signer {}",
                        Base64.getEncoder().encodeToString(SignerCertificates.kid(signers.active().certificate())));
            } catch (NoDccSignerException e) {
                LOG.warn("No DCC document signer is active and qrqg.passports.signers.generate is false: passports "
                        + "cannot be signed until an operator imports one (docs/dcc.md, \"Signers\")");
            }
        };
    }
}
