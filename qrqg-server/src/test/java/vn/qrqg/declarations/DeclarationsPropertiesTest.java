package vn.qrqg.declarations;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeclarationsPropertiesTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aRetentionShorterThanADayIsRefusedForItWouldDropYesterdaysPartitionInUse() {
        new DeclarationsProperties(Duration.ofDays(1), HOUR, 7, HOUR);
        assertThatThrownBy(() -> new DeclarationsProperties(Duration.ofHours(23), HOUR, 7, HOUR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    }

    @Test
    void partitionsAheadAndCheckIntervalsMustBePositive() {
        assertThatThrownBy(() -> new DeclarationsProperties(Duration.ofDays(30), HOUR, 0, HOUR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeclarationsProperties(Duration.ofDays(30), Duration.ZERO, 7, HOUR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
