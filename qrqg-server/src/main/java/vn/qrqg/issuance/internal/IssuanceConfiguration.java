package vn.qrqg.issuance.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.issuance.IssuanceProperties;
import vn.qrqg.platform.PlatformProperties;

@Configuration(proxyBeanMethods = false)
class IssuanceConfiguration {

    /** Fails the start-up, naming QRQG_KEY_ENCRYPTION_KEY, when the configured key is not 32 bytes of base64. */
    @Bean
    KeySealer keySealer(IssuanceProperties issuance, PlatformProperties platform) {
        return KeyEncryptionKeys.sealer(issuance.keyEncryptionKey(), platform.dataDir());
    }
}
