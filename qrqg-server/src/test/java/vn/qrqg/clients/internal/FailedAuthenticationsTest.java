package vn.qrqg.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedAuthenticationsTest {
    private static final Instant START = Instant.parse("2026-12-06T06:00:00Z");

    private final FailedAuthentications failures = new FailedAuthentications(Duration.ofMinutes(1), 3, 5);

    @Test
    void aClientIdPastItsLimitWaitsUntilTheWindowEndsWhateverItsAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.waitFor("app-a", "10.0.0." + i, START.plusSeconds(i))).isZero();
            failures.failed("app-a", "10.0.0." + i, START.plusSeconds(i));
        }
        assertThat(failures.waitFor("app-a", "10.0.0.9", START.plusSeconds(15))).isEqualTo(Duration.ofSeconds(45));
        assertThat(failures.waitFor("app-b", "10.0.0.9", START.plusSeconds(15))).as("another client").isZero();
        assertThat(failures.waitFor("app-a", "10.0.0.9", START.plusSeconds(60))).as("the next window").isZero();
    }

    @Test
    void anAddressPastItsLimitWaitsWhicheverClientIdsItTries() {
        for (int i = 0; i < 5; i++) {
            failures.failed("app-" + i, "10.0.0.1", START);
        }
        assertThat(failures.waitFor("app-new", "10.0.0.1", START.plusSeconds(1))).isEqualTo(Duration.ofSeconds(59));
        assertThat(failures.waitFor("app-new", "10.0.0.2", START.plusSeconds(1))).isZero();
        assertThat(failures.waitFor(null, "10.0.0.1", START.plusSeconds(1))).as("no client id at all").isPositive();
    }

    @Test
    void aFloodOfMadeUpClientIdsCannotGrowTheMemoryWithoutBound() {
        for (int i = 0; i < FailedAuthentications.MAX_KEYS + 10; i++) {
            failures.failed("made-up-" + i, null, START.plusMillis(i % 1000));
        }
        assertThat(failures.keys()).isLessThanOrEqualTo(FailedAuthentications.MAX_KEYS);
    }

    @Test
    void refusesLimitsThatWouldLetNothingThrough() {
        assertThatThrownBy(() -> new FailedAuthentications(Duration.ZERO, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FailedAuthentications(Duration.ofMinutes(1), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
