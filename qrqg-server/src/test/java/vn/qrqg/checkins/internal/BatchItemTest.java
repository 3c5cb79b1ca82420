package vn.qrqg.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.checkins.Direction;

class BatchItemTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-03-10T05:00:00Z");

    private static BatchItem read(String json) {
        return BatchItem.read(JSON.readTree(json), NOW, Duration.ofDays(7), Duration.ofMinutes(5));
    }

    private static String event(String occurredAt) {
        return "{\"readerId\":\"gate-1\",\"sequence\":42,\"text\":\"QR\",\"direction\":\"in\",\"occurredAt\":\""
                + occurredAt + "\"}";
    }

    @Test
    void aWellFormedEventIsReadWithItsUtcDay() {
        BatchItem item = read(event("2026-03-10T06:30:00.1234567+07:00"));
        assertThat(item.accepted()).isTrue();
        assertThat(item.direction()).isEqualTo(Direction.IN);
        assertThat(item.occurredAt()).isEqualTo(Instant.parse("2026-03-09T23:30:00.123456Z"));
        assertThat(item.key()).isEqualTo(new CheckInRepository.Key("gate-1", 42, java.time.LocalDate.of(2026, 3, 9)));
    }

    @Test
    void sevenDaysLateIsAcceptedAndAMomentMoreIsNot() {
        assertThat(read(event("2026-03-03T05:00:00Z")).accepted()).isTrue();
        assertThat(read(event("2026-03-03T04:59:59Z")).rejection()).isEqualTo(BatchItem.TOO_LATE);
        assertThat(read(event("2026-03-10T05:05:00Z")).accepted()).isTrue();
        assertThat(read(event("2026-03-10T05:05:01Z")).rejection()).isEqualTo(BatchItem.IN_THE_FUTURE);
    }

    @Test
    void eachBadFieldHasItsReasonAndEchoesWhatItCan() {
        assertThat(read("[]").rejection()).isEqualTo(BatchItem.INVALID_EVENT);
        assertThat(read("{\"readerId\":\"a b\",\"sequence\":1}").rejection()).isEqualTo(BatchItem.INVALID_READER_ID);
        assertThat(read("{\"readerId\":\"r\",\"sequence\":1.5}").rejection()).isEqualTo(BatchItem.INVALID_SEQUENCE);
        BatchItem noDirection = read("{\"readerId\":\"r\",\"sequence\":7}");
        assertThat(noDirection.rejection()).isEqualTo(BatchItem.INVALID_DIRECTION);
        assertThat(noDirection.readerId()).isEqualTo("r");
        assertThat(noDirection.sequence()).isEqualTo(7);
        assertThat(read(event("2026-03-10T05:00:00")).rejection()).isEqualTo(BatchItem.INVALID_OCCURRED_AT);
        assertThat(read(event("2026-03-10T05:00:00Z").replace("\"QR\"", "\" \"")).rejection())
                .isEqualTo(BatchItem.INVALID_TEXT);
    }
}
