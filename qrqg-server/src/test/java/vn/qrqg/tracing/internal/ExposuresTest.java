package vn.qrqg.tracing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import java.util.Map;
import vn.qrqg.tracing.ExposureReason;

class ExposuresTest {
    private static final Exposures.Site CAFE = new Exposures.Site(ExposureReason.VENUE, "CAFE");
    private static final Exposures.Site SHOP = new Exposures.Site(ExposureReason.VENUE, "SHOP");
    private static final Exposures.Site BUS = new Exposures.Site(ExposureReason.TRAVEL, "29B12345");
    private static final Map<ExposureReason, Exposures.Margins> MARGINS = Map.of(
            ExposureReason.VENUE, new Exposures.Margins(Duration.ofHours(1), Duration.ofHours(1)),
            ExposureReason.TRAVEL, new Exposures.Margins(Duration.ZERO, Duration.ZERO));
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final Instant NOON = Instant.parse("2022-02-10T05:00:00Z"); // 12:00 in Vietnam

    @Test
    void aVisitWithinTheHourBeforeOrAfterIsAContactForItsOverlapRoundedOutward() {
        List<Exposures.Visit> atCafe = List.of(
                stay("left 59 min before", CAFE, at(-90), at(-59)),
                stay("left 61 min before", CAFE, at(-120), at(-61)),
                stay("came 59 min after", CAFE, at(119), at(150)),
                stay("came 61 min after", CAFE, at(121), at(150)),
                stay("case", CAFE, at(0), at(60)));
        List<Exposures.Contact> contacts = near(List.of(stay("case", CAFE, at(0), at(60))),
                at(-3000), at(3000), Set.of("case"), (site, from, to) -> atCafe, null);
        assertThat(contacts).containsExactlyInAnyOrder(
                contact("left 59 min before", CAFE, at(-60), at(-45)),
                contact("came 59 min after", CAFE, at(105), at(120)));
    }

    @Test
    void onlyTheCasesPresenceInsideItsInfectiousWindowCounts() {
        List<Exposures.Visit> others = List.of(stay("early", CAFE, at(-30), at(-20)), stay("late", CAFE, at(200), at(210)));
        // the case was there -60..60, infectious from 0 only: its risk runs -60..120
        List<Exposures.Contact> contacts = near(List.of(stay("case", CAFE, at(-60), at(60))),
                at(0), at(3000), Set.of("case"), (site, from, to) -> others, null);
        assertThat(contacts).extracting(Exposures.Contact::person).containsExactly("early");
        assertThat(near(List.of(stay("case", CAFE, at(-60), at(-10))), at(0), at(3000),
                Set.of(), (site, from, to) -> others, null)).isEmpty();
    }

    @Test
    void noContactIsCountedBeforeTheSourcesOwnExposure() {
        List<Exposures.Visit> others = List.of(stay("before", SHOP, at(-50), at(-5)), stay("after", SHOP, at(10), at(20)));
        assertThat(near(List.of(stay("f1", SHOP, at(0), at(30))), at(0), at(3000),
                Set.of("f1"), (site, from, to) -> others, at(0)))
                .extracting(Exposures.Contact::person).containsExactly("after");
    }

    @Test
    void aPersonsContactsAtOneVenueThatMeetAreOneAndOtherVenuesStayApart() {
        List<Exposures.Contact> merged = Exposures.merged(List.of(
                contact("a", CAFE, at(0), at(15)), contact("a", CAFE, at(15), at(45)),
                contact("a", CAFE, at(90), at(105)), contact("a", SHOP, at(0), at(15)),
                contact("b", CAFE, at(0), at(15))));
        assertThat(merged).containsExactlyInAnyOrder(contact("a", CAFE, at(0), at(45)),
                contact("a", CAFE, at(90), at(105)), contact("a", SHOP, at(0), at(15)),
                contact("b", CAFE, at(0), at(15)));
    }

    @Test
    void aVehicleHasNoMarginOnlyTheJourneysOverlapAndEachTravellerKeepsTheNumberTheyDeclared() {
        List<Exposures.Visit> onBus = List.of(
                new Exposures.Visit("on board", BUS, "29B-123.45", at(30), at(120)),
                new Exposures.Visit("got off before", BUS, "29b 12345", at(-30), at(0)));
        List<Exposures.Contact> contacts = near(List.of(new Exposures.Visit("case", BUS, "29B12345", at(0), at(60))),
                at(-3000), at(3000), Set.of("case"), (site, from, to) -> onBus, null);
        assertThat(contacts).containsExactly(new Exposures.Contact("on board", BUS, "29B-123.45", at(30), at(60)));
    }

    @Test
    void roundsOutwardAndLeavesARoundTimeAlone() {
        assertThat(Exposures.floor(at(7).plusSeconds(1), QUARTER)).isEqualTo(at(0));
        assertThat(Exposures.ceil(at(7).plusSeconds(1), QUARTER)).isEqualTo(at(15));
        assertThat(Exposures.floor(at(15), QUARTER)).isEqualTo(at(15));
        assertThat(Exposures.ceil(at(15), QUARTER)).isEqualTo(at(15));
    }

    @Test
    void aSiteIsReadOnceForRisksThatOverlapThereAndEachRiskKeepsItsOwnContacts() {
        List<Exposures.Visit> atCafe = List.of(stay("early", CAFE, at(-30), at(-20)), stay("late", CAFE, at(150), at(160)),
                stay("next day", CAFE, at(24 * 60), at(24 * 60 + 10)));
        List<List<Object>> reads = new java.util.ArrayList<>();
        Exposures.VisitsAt counting = (site, from, to) -> {
            reads.add(List.of(site, from, to));
            return site.equals(CAFE) ? atCafe.stream().filter(v -> v.to().isAfter(from) && v.from().isBefore(to)).toList()
                    : List.of();
        };
        // two F1s whose risks at the café overlap (-60..60 and 0..180), one there a day later, one at the shop
        List<Exposures.Risk> risks = List.of(new Exposures.Risk(CAFE, at(0), at(180)),
                new Exposures.Risk(CAFE, at(-60), at(60)), new Exposures.Risk(SHOP, at(0), at(60)),
                new Exposures.Risk(CAFE, at(24 * 60 - 60), at(24 * 60 + 60)));

        List<Exposures.Contact> contacts = Exposures.near(risks, QUARTER, Set.of(), counting);

        assertThat(reads).containsExactlyInAnyOrder(List.of(CAFE, at(-60), at(180)), List.of(SHOP, at(0), at(60)),
                List.of(CAFE, at(24 * 60 - 60), at(24 * 60 + 60)));
        assertThat(contacts).containsExactlyInAnyOrder(contact("early", CAFE, at(-30), at(-15)),
                contact("late", CAFE, at(150), at(165)), contact("next day", CAFE, at(24 * 60), at(24 * 60 + 15)));
    }

    @Test
    void casesTracedTogetherReadEachSiteOnceAndEachFindsWhatItWouldAlone() {
        List<Exposures.Visit> atCafe = List.of(stay("case a", CAFE, at(0), at(30)), stay("case b", CAFE, at(100), at(130)),
                stay("between", CAFE, at(60), at(80)), stay("after b", CAFE, at(180), at(200)),
                stay("all day", CAFE, at(-600), at(600)));
        List<List<Object>> reads = new java.util.ArrayList<>();
        Exposures.VisitsAt counting = (site, from, to) -> {
            reads.add(List.of(site, from, to));
            return atCafe.stream().filter(v -> site.equals(v.site()) && v.to().isAfter(from) && v.from().isBefore(to))
                    .toList();
        };
        List<Exposures.Risk> ofA = Exposures.risks(List.of(atCafe.get(0)), at(-3000), at(3000), MARGINS, null);
        List<Exposures.Risk> ofB = Exposures.risks(List.of(atCafe.get(1)), at(-3000), at(3000), MARGINS, null);
        List<Exposures.Contact> aloneA = Exposures.near(ofA, QUARTER, Set.of("case a"), counting);
        List<Exposures.Contact> aloneB = Exposures.near(ofB, QUARTER, Set.of("case b"), counting);
        reads.clear();

        Exposures.VisitsAt together = Exposures.prefetched(java.util.stream.Stream.concat(ofA.stream(), ofB.stream())
                .toList(), counting);

        assertThat(reads).containsExactly(List.of(CAFE, at(-60), at(190))); // their risks meet: one read
        assertThat(Exposures.near(ofA, QUARTER, Set.of("case a"), together)).isEqualTo(aloneA);
        assertThat(Exposures.near(ofB, QUARTER, Set.of("case b"), together)).isEqualTo(aloneB);
        assertThat(aloneA).extracting(Exposures.Contact::person).containsExactlyInAnyOrder("between", "all day");
        assertThat(aloneB).extracting(Exposures.Contact::person).containsExactlyInAnyOrder("between", "after b", "all day");
        assertThat(Exposures.near(List.of(new Exposures.Risk(SHOP, at(0), at(60))), QUARTER, Set.of(), together)).isEmpty();
        assertThat(reads).hasSize(1); // answered from what was read
    }

    @Test
    void manyRisksAtOneSiteFindWhatEachRiskWouldFindAlone() {
        // three F1s later at the café: risks that meet at minute 60 and overlap from 100
        List<Exposures.Risk> risks = List.of(new Exposures.Risk(CAFE, at(0), at(60)),
                new Exposures.Risk(CAFE, at(60), at(120)), new Exposures.Risk(CAFE, at(100), at(200)));
        List<Exposures.Visit> atCafe = List.of(stay("across the meeting", CAFE, at(50), at(70)),
                stay("left as the second came", CAFE, at(30), at(60)), stay("all along", CAFE, at(-30), at(300)),
                stay("came as the last left", CAFE, at(200), at(230)));
        Exposures.VisitsAt there = (site, from, to) -> atCafe.stream()
                .filter(v -> v.to().isAfter(from) && v.from().isBefore(to)).toList();

        List<Exposures.Contact> contacts = Exposures.near(risks, QUARTER, Set.of(), there);

        assertThat(contacts).containsExactlyInAnyOrder(contact("across the meeting", CAFE, at(45), at(75)),
                contact("left as the second came", CAFE, at(30), at(60)), contact("all along", CAFE, at(0), at(210)));
        assertThat(contacts).containsExactlyInAnyOrderElementsOf(Exposures.merged(risks.stream()
                .flatMap(risk -> Exposures.inside(risk, atCafe, QUARTER, Set.of()).stream()).toList()));
    }

    /** The contacts of the source's visits: their risks, then who was inside them. */
    private static List<Exposures.Contact> near(List<Exposures.Visit> visits, Instant windowFrom, Instant windowTo,
            Set<String> excluded, Exposures.VisitsAt others, Instant notBefore) {
        return Exposures.near(Exposures.risks(visits, windowFrom, windowTo, MARGINS, notBefore), QUARTER, excluded, others);
    }

    private static Exposures.Visit stay(String person, Exposures.Site site, Instant from, Instant to) {
        return new Exposures.Visit(person, site, null, from, to);
    }

    private static Exposures.Contact contact(String person, Exposures.Site site, Instant from, Instant to) {
        return new Exposures.Contact(person, site, null, from, to);
    }

    private static Instant at(long minutesFromNoon) {
        return NOON.plus(Duration.ofMinutes(minutesFromNoon));
    }
}
