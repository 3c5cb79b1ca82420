package vn.qrqg.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingDays THREE = new WorkingDays(3, List.of(LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 9, 2)), VIETNAM);

    @Test
    void aReportOfMondayIsDueAtTheEndOfThursday() {
        assertThat(THREE.dueAfter(at("2026-12-07T09:00"))).isEqualTo(at("2026-12-11T00:00"));
    }

    @Test
    void theDayItCameNeverCountsWhateverTheHour() {
        assertThat(THREE.dueAfter(at("2026-12-07T23:59"))).isEqualTo(at("2026-12-11T00:00"));
        assertThat(THREE.dueAfter(at("2026-12-07T00:00"))).isEqualTo(at("2026-12-11T00:00"));
    }

    @Test
    void weekendsDoNotCount() {
        assertThat(THREE.dueAfter(at("2026-12-11T18:00"))).as("Friday evening: due Wednesday night")
                .isEqualTo(at("2026-12-17T00:00"));
        assertThat(THREE.dueAfter(at("2026-12-12T10:00"))).as("Saturday: due Wednesday night")
                .isEqualTo(at("2026-12-17T00:00"));
    }

    @Test
    void holidaysDoNotCount() {
        assertThat(THREE.dueAfter(at("2026-08-31T10:00"))).as("Monday before National Day: Thu, Fri, Mon")
                .isEqualTo(at("2026-09-08T00:00"));
    }

    @Test
    void itIsVietnamsDayThatCounts() {
        assertThat(THREE.dueAfter(Instant.parse("2026-12-06T18:00:00Z"))).as("01:00 Monday in Vietnam")
                .isEqualTo(at("2026-12-11T00:00"));
    }

    private static Instant at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), VIETNAM).toInstant();
    }
}
