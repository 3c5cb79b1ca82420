package vn.qrqg.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.qrqg.venues.VenueType;

class CheckInsPropertiesTest {

    private static CheckInsProperties with(Duration retention, Map<String, Duration> durations) {
        return new CheckInsProperties(retention, Duration.ofHours(1), Duration.ofDays(7), Duration.ofMinutes(5), 1000, 7,
                Duration.ofHours(1), durations);
    }

    @Test
    void aVenueTypeNotConfiguredKeepsItsBuiltInVisitDuration() {
        CheckInsProperties properties = with(Duration.ofDays(30), Map.of("Shop", Duration.ofMinutes(45)));
        assertThat(properties.visitDuration(VenueType.SHOP)).isEqualTo(Duration.ofMinutes(45));
        assertThat(properties.visitDuration(VenueType.OFFICE)).isEqualTo(Duration.ofHours(9));
        assertThat(properties.longestVisit()).isEqualTo(Duration.ofHours(9));
        assertThat(properties.partitionDaysBehind()).isEqualTo(8);
    }

    @Test
    void anUnknownVenueTypeOrARetentionShorterThanTheLateEventsStopsTheStartUp() {
        assertThatThrownBy(() -> with(Duration.ofDays(30), Map.of("bar", Duration.ofHours(1))))
                .hasMessageContaining("no venue type bar");
        assertThatThrownBy(() -> with(Duration.ofDays(8), null)).hasMessageContaining("retention");
    }
}
