package vn.qrqg.platform.secrets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.platform.PlatformProperties;

/** The platform's one {@link KeySealer}, which every capability that keeps a private key seals it with. */
@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    /** Fails the start-up, naming QRQG_KEY_ENCRYPTION_KEY, when the configured key is not 32 bytes of base64. */
    @Bean
    KeySealer keySealer(PlatformProperties platform) {
        return KeyEncryptionKeys.sealer(platform.keyEncryptionKey(), platform.dataDir());
    }
}
