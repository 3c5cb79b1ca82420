package vn.qrqg.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpiredPartitionsTest {
    private static final String TABLE = "declarations_travel";

    @Test
    void aDayExpiresOnceItsLastInstantIsPastTheCutoff() {
        List<String> partitions = List.of("declarations_travel_p20300313", "declarations_travel_p20300314",
                "declarations_travel_p20300315");
        // cutoff exactly at the end of 14 March: the 13th and the 14th hold nothing newer
        assertThat(ExpiredPartitions.of(TABLE, partitions, Instant.parse("2030-03-15T00:00:00Z")))
                .containsExactly("declarations_travel_p20300313", "declarations_travel_p20300314");
        // a microsecond before it, the 14th still holds its last instant
        assertThat(ExpiredPartitions.of(TABLE, partitions, Instant.parse("2030-03-14T23:59:59.999999Z")))
                .containsExactly("declarations_travel_p20300313");
    }

    @Test
    void neverExpiresANameThePlatformDidNotMake() {
        Instant late = Instant.parse("2099-01-01T00:00:00Z");
        assertThat(ExpiredPartitions.of(TABLE, List.of("declarations_travel_default", "declarations_travel_p2030031",
                "declarations_travel_p20301399", "declarations_health_p20300313", "declarations_travel_p203003130"),
                late)).isEmpty();
    }
}
