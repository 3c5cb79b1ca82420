package vn.qrqg.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.qrqg.checkins.Direction;
import vn.qrqg.checkins.internal.Visits.CheckIn;
import vn.qrqg.checkins.internal.Visits.End;
import vn.qrqg.checkins.internal.Visits.Visit;

class VisitsTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant LATER = T.plus(Duration.ofDays(1));

    private static CheckIn at(long id, int minutes, Direction direction) {
        return new CheckIn(id, T.plus(Duration.ofMinutes(minutes)), direction);
    }

    @Test
    void anExitWithinTheDurationClosesTheEntrysVisit() {
        Map<Long, Visit> visits = Visits.pair(List.of(at(2, 40, Direction.OUT), at(1, 0, Direction.IN)), HOUR, LATER);
        assertThat(visits.get(1L)).isEqualTo(new Visit(T, T.plus(Duration.ofMinutes(40)), End.EXIT, null));
        assertThat(visits.get(2L)).isEqualTo(visits.get(1L));
    }

    @Test
    void anEntryWithoutExitClosesAfterTheDurationOrStaysOpenUntilThen() {
        assertThat(Visits.pair(List.of(at(1, 0, Direction.IN)), HOUR, LATER).get(1L))
                .isEqualTo(new Visit(T, T.plus(HOUR), End.AUTO, null));
        assertThat(Visits.pair(List.of(at(1, 0, Direction.IN)), HOUR, T.plusSeconds(60)).get(1L))
                .isEqualTo(new Visit(T, null, End.OPEN, T.plus(HOUR)));
    }

    @Test
    void anExitAfterTheDurationClosesNothingAndHasNoKnownEntry() {
        Map<Long, Visit> visits = Visits.pair(List.of(at(1, 0, Direction.IN), at(2, 61, Direction.OUT)), HOUR, LATER);
        assertThat(visits.get(1L).end()).isEqualTo(End.AUTO);
        assertThat(visits.get(2L)).isEqualTo(new Visit(null, T.plus(Duration.ofMinutes(61)), End.EXIT, null));
    }

    @Test
    void aSecondEntryEndsTheFirstVisitAndOpensTheNext() {
        Map<Long, Visit> visits = Visits.pair(List.of(at(1, 0, Direction.IN), at(2, 20, Direction.IN),
                at(3, 30, Direction.OUT)), HOUR, LATER);
        assertThat(visits.get(1L)).isEqualTo(new Visit(T, T.plus(Duration.ofMinutes(20)), End.AUTO, null));
        assertThat(visits.get(3L).enteredAt()).isEqualTo(T.plus(Duration.ofMinutes(20)));
        assertThat(visits.get(3L).end()).isEqualTo(End.EXIT);
    }

    @Test
    void twoExitsInARowCloseOneVisitAndLeaveTheOtherAlone() {
        Map<Long, Visit> visits = Visits.pair(List.of(at(1, 0, Direction.IN), at(2, 10, Direction.OUT),
                at(3, 11, Direction.OUT)), HOUR, LATER);
        assertThat(visits.get(2L).enteredAt()).isEqualTo(T);
        assertThat(visits.get(3L).enteredAt()).isNull();
    }
}
