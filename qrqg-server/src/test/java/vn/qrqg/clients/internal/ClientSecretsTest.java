package vn.qrqg.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientSecretsTest {

    @Test
    void secretsAre32RandomBytesInBase64UrlWithoutPadding() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = ClientSecrets.newSecret();
            assertThat(secret).matches("[A-Za-z0-9_-]{43}");
            secrets.add(secret);
        }
        assertThat(secrets).hasSize(100);
    }

    @Test
    void clientIdsAreOpaqueAndNeedNoEscaping() {
        assertThat(ClientSecrets.newClientId()).matches("app-[A-Za-z0-9_-]{16}");
    }
}
