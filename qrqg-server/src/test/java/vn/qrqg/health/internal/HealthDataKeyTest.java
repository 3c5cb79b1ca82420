package vn.qrqg.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void sealsOpensAndFindsPeopleFromManyVirtualThreadsAtOnceEvenAfterARefusal() throws Exception {
        byte[] personKey = KEY.personKey("001193029317");
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        UUID id = UUID.randomUUID();
                        byte[] content = ("record " + i).getBytes(StandardCharsets.UTF_8);
                        byte[] sealed = KEY.seal(id, content);
                        try {
                            KEY.open(UUID.randomUUID(), sealed); // refused: its cipher goes back to the pool
                            return false;
                        } catch (IllegalStateException expected) {
                            // the next uses of that cipher must not notice
                        }
                        if (!Arrays.equals(KEY.open(id, sealed), content)
                                || !Arrays.equals(KEY.personKey("001193029317"), personKey)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
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
