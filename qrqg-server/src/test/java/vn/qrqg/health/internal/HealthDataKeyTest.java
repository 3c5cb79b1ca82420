package vn.qrqg.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HealthDataKeyTest {
    private static final HealthDataKey KEY = new HealthDataKey(random(64));

    @Test
    void sealsARecordSoThatOnlyItsOwnRowOpensIt() {
        UUID id = UUID.randomUUID();
        byte[] content = "{\"result\":\"POSITIVE\"}".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = KEY.seal(id, content);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("POSITIVE");
        assertThat(KEY.open(id, sealed)).isEqualTo(content);
        assertThat(KEY.seal(id, content)).isNotEqualTo(sealed); // a fresh IV each time
        assertThatThrownBy(() -> KEY.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("copied from another row");
        assertThatThrownBy(() -> new HealthDataKey(random(64)).open(id, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPersonKeyIsTheSameForTheSameNumberAndNamesNobodyWithoutTheKey() {
        assertThat(KEY.personKey("001193029317")).hasSize(16).isEqualTo(KEY.personKey("001193029317"))
                .isNotEqualTo(KEY.personKey("001193029318"))
                .isNotEqualTo(new HealthDataKey(random(64)).personKey("001193029317"));
    }

    private static byte[] random(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
