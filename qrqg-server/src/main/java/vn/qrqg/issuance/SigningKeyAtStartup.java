package vn.qrqg.issuance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes sure a key is active, generating the first one, before the web server starts: a JWKS
 * served empty would be cached by scanners as "trust nothing".
 */
@Component
class SigningKeyAtStartup implements SmartInitializingSingleton {
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyAtStartup.class);

    private final SigningKeys signingKeys;

    SigningKeyAtStartup(SigningKeys signingKeys) {
        this.signingKeys = signingKeys;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LOG.info("New QRs are signed with key {}", signingKeys.activeSigner().keyId());
    }
}
