package vn.qrqg.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.qrqg.checkins.Presence.Stay;
import vn.qrqg.codec.venue.VenueCode;

class ExposuresTest {
    private static final VenueCode CAFE = VenueCode.generate();
    private static final VenueCode SHOP = VenueCode.generate();
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final Instant NOON = Instant.parse("2022-02-10T05:00:00Z"); // 12:00 in Vietnam

    @Test
    void aVisitWithinTheHourBeforeOrAfterIsAContactForItsOverlapRoundedOutward() {
        List<Stay> atCafe = List.of(
                stay("left 59 min before", CAFE, at(-90), at(-59)),
                stay("left 61 min before", CAFE, at(-120), at(-61)),
                stay("came 59 min after", CAFE, at(119), at(150)),
                stay("came 61 min after", CAFE, at(121), at(150)),
                stay("case", CAFE, at(0), at(60)));
        List<Exposures.Contact> contacts = Exposures.atVenues(List.of(stay("case", CAFE, at(0), at(60))),
                at(-3000), at(3000), HOUR, HOUR, QUARTER, Set.of("case"), (venue, from, to) -> atCafe);
        assertThat(contacts).containsExactlyInAnyOrder(
                new Exposures.Contact("left 59 min before", CAFE, at(-60), at(-45)),
                new Exposures.Contact("came 59 min after", CAFE, at(105), at(120)));
    }

    @Test
    void onlyTheCasesPresenceInsideItsInfectiousWindowCounts() {
        List<Stay> others = List.of(stay("early", CAFE, at(-30), at(-20)), stay("late", CAFE, at(200), at(210)));
        // the case was there -60..60, infectious from 0 only: its risk runs -60..120
        List<Exposures.Contact> contacts = Exposures.atVenues(List.of(stay("case", CAFE, at(-60), at(60))),
                at(0), at(3000), HOUR, HOUR, QUARTER, Set.of("case"), (venue, from, to) -> others);
        assertThat(contacts).extracting(Exposures.Contact::person).containsExactly("early");
        assertThat(Exposures.atVenues(List.of(stay("case", CAFE, at(-60), at(-10))), at(0), at(3000), HOUR, HOUR,
                QUARTER, Set.of(), (venue, from, to) -> others)).isEmpty();
    }

    @Test
    void noContactIsCountedBeforeTheSourcesOwnExposure() {
        List<Stay> others = List.of(stay("before", SHOP, at(-50), at(-5)), stay("after", SHOP, at(10), at(20)));
        assertThat(Exposures.atVenues(List.of(stay("f1", SHOP, at(0), at(30))), at(0), at(3000), HOUR, HOUR, QUARTER,
                Set.of("f1"), (venue, from, to) -> others, at(0)))
                .extracting(Exposures.Contact::person).containsExactly("after");
    }

    @Test
    void aPersonsContactsAtOneVenueThatMeetAreOneAndOtherVenuesStayApart() {
        List<Exposures.Contact> merged = Exposures.merged(List.of(
                new Exposures.Contact("a", CAFE, at(0), at(15)), new Exposures.Contact("a", CAFE, at(15), at(45)),
                new Exposures.Contact("a", CAFE, at(90), at(105)), new Exposures.Contact("a", SHOP, at(0), at(15)),
                new Exposures.Contact("b", CAFE, at(0), at(15))));
        assertThat(merged).containsExactlyInAnyOrder(new Exposures.Contact("a", CAFE, at(0), at(45)),
                new Exposures.Contact("a", CAFE, at(90), at(105)), new Exposures.Contact("a", SHOP, at(0), at(15)),
                new Exposures.Contact("b", CAFE, at(0), at(15)));
    }

    @Test
    void roundsOutwardAndLeavesARoundTimeAlone() {
        assertThat(Exposures.floor(at(7).plusSeconds(1), QUARTER)).isEqualTo(at(0));
        assertThat(Exposures.ceil(at(7).plusSeconds(1), QUARTER)).isEqualTo(at(15));
        assertThat(Exposures.floor(at(15), QUARTER)).isEqualTo(at(15));
        assertThat(Exposures.ceil(at(15), QUARTER)).isEqualTo(at(15));
    }

    private static Stay stay(String person, VenueCode venue, Instant from, Instant to) {
        return new Stay(person, venue, from, to);
    }

    private static Instant at(long minutesFromNoon) {
        return NOON.plus(Duration.ofMinutes(minutesFromNoon));
    }
}
