package vn.qrqg.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrqg.health.internal.CardEngineTest.dose;
import static vn.qrqg.health.internal.CardEngineTest.records;
import static vn.qrqg.health.internal.CardEngineTest.vietnam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.qrqg.health.CardColour;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.ExposureHistory.Exposure;
import vn.qrqg.health.ExposureHistory.Level;
import vn.qrqg.health.PersonHealthRecords;

/**
 * The {@code EXPOSED} condition at its exact boundaries, days in Vietnam time, under a province's
 * rules that make an F1 red for 7 days before Khánh Hòa's; and that rules without it never ask.
 */
class ExposedConditionTest {
    private static final RuleSet NATIONAL_DEFAULT = HealthConfiguration.nationalDefault();
    private static final RuleTimeline DEFAULT = RuleTimeline.always(NATIONAL_DEFAULT, "the default");
    private static final RuleTimeline F1_RED = RuleTimeline.always(f1RedFor7Days(), "the rules of Tỉnh Thử, version 1");
    /** Fully vaccinated long before: green by the national default's first rule. */
    private static final PersonHealthRecords VACCINATED = records(List.of(dose(LocalDate.of(2021, 7, 1), 1, "EU/1/20/1528"),
            dose(LocalDate.of(2021, 7, 22), 2, "EU/1/20/1528")), List.of(), List.of());
    /** At a venue on 1 September, 11:00 to 11:15 in Vietnam. */
    private static final Exposure F1 = new Exposure(Level.F1, vietnam("2021-09-01T11:00:00"), vietnam("2021-09-01T11:15:00"));
    private final CardEngine engine = new CardEngine();

    @Test
    void onlyRulesWithAnExposedConditionLetAnAlertChangeACard() {
        assertThat(NATIONAL_DEFAULT.asksExposures()).as("the national default: alerts never change a card").isFalse();
        assertThat(f1RedFor7Days().asksExposures()).isTrue();
    }

    @Test
    void anF1IsRedThroughTheSeventhDayAfterTheExposureAndNotFromTheEighth() {
        CovidCard day7 = engine.evaluate(F1_RED, VACCINATED, () -> List.of(F1), vietnam("2021-09-08T23:59:59"));
        assertThat(day7.colour()).isEqualTo(CardColour.RED);
        assertThat(day7.reason()).isEqualTo("the rules of Tỉnh Thử, version 1, rule 1 (F1 contact): "
                + "exposed as F1 on 2021-09-01, 7 days ago (within 7)");
        assertThat(day7.validUntil()).isEqualTo(OffsetDateTime.parse("2021-09-08T23:59:59+07:00"));

        CovidCard day8 = engine.evaluate(F1_RED, VACCINATED, () -> List.of(F1), vietnam("2021-09-09T00:00:00"));
        assertThat(day8.colour()).isEqualTo(CardColour.GREEN);
        assertThat(day8.reason()).contains("rule 2 (fully vaccinated)");
        assertThat(day8.validUntil()).isNull();
    }

    @Test
    void theExposureCountsFromItsStartAndTheCardBeforeItEndsThere() {
        CovidCard before = engine.evaluate(F1_RED, VACCINATED, () -> List.of(F1), vietnam("2021-09-01T10:59:59"));
        assertThat(before.colour()).isEqualTo(CardColour.GREEN);
        assertThat(before.validUntil()).isEqualTo(OffsetDateTime.parse("2021-09-01T10:59:59+07:00"));
        CovidCard during = engine.evaluate(F1_RED, VACCINATED, () -> List.of(F1), vietnam("2021-09-01T11:05:00"));
        assertThat(during.colour()).isEqualTo(CardColour.RED);
        assertThat(during.reason()).endsWith("exposed as F1 on 2021-09-01, 0 days ago (within 7)");
        assertThat(during.validUntil()).isEqualTo(OffsetDateTime.parse("2021-09-08T23:59:59+07:00"));
    }

    @Test
    void theLatestExposureGivesTheReasonAndTheEnd() {
        Exposure later = new Exposure(Level.F1, vietnam("2021-09-03T20:00:00"), vietnam("2021-09-03T21:30:00"));
        CovidCard card = engine.evaluate(F1_RED, VACCINATED, () -> List.of(F1, later), vietnam("2021-09-05T12:00:00"));
        assertThat(card.reason()).endsWith("exposed as F1 on 2021-09-03, 2 days ago (within 7)");
        assertThat(card.validUntil()).isEqualTo(OffsetDateTime.parse("2021-09-10T23:59:59+07:00"));
    }

    @Test
    void anF2ConditionCountsAnF1TooButAnF1ConditionNoF2() {
        Exposure f2 = new Exposure(Level.F2, F1.from(), F1.to());
        RuleTimeline f2Yellow = RuleTimeline.always(new RuleSet(RuleSet.Mode.RULES, List.of(
                new Rule(CardColour.YELLOW, "F2 contact", List.of(new Condition.Exposed(Level.F2, 14))),
                new Rule(CardColour.GREEN, "everyone else", List.of()))), "F2 rules");
        Instant at = vietnam("2021-09-02T09:00:00");
        assertThat(engine.evaluate(f2Yellow, VACCINATED, () -> List.of(F1), at).colour()).isEqualTo(CardColour.YELLOW);
        assertThat(engine.evaluate(f2Yellow, VACCINATED, () -> List.of(f2), at).colour()).isEqualTo(CardColour.YELLOW);
        assertThat(engine.evaluate(F1_RED, VACCINATED, () -> List.of(f2), at).colour()).isEqualTo(CardColour.GREEN);
    }

    @Test
    void withinZeroDaysIsTheDayTheExposureEnded() {
        RuleTimeline today = RuleTimeline.always(new RuleSet(RuleSet.Mode.RULES, List.of(
                new Rule(CardColour.RED, null, List.of(new Condition.Exposed(Level.F1, 0))),
                new Rule(CardColour.GREEN, null, List.of()))), "same day");
        assertThat(engine.evaluate(today, VACCINATED, () -> List.of(F1), vietnam("2021-09-01T23:59:59")).colour())
                .isEqualTo(CardColour.RED);
        assertThat(engine.evaluate(today, VACCINATED, () -> List.of(F1), vietnam("2021-09-02T00:00:00")).colour())
                .isEqualTo(CardColour.GREEN);
    }

    @Test
    void rulesWithoutAnExposedConditionNeverAskForExposures() {
        Supplier<List<Exposure>> refuses = () -> {
            throw new AssertionError("the national default has no EXPOSED condition: no query for exposures");
        };
        CovidCard card = engine.evaluate(DEFAULT, VACCINATED, refuses, vietnam("2021-09-05T12:00:00"));
        assertThat(card.colour()).isEqualTo(CardColour.GREEN);
        assertThat(engine.evaluate(RuleTimeline.always(RuleSet.NONE, "none"), VACCINATED, refuses,
                vietnam("2021-09-05T12:00:00")).colour()).isEqualTo(CardColour.NEUTRAL);
    }

    @Test
    void rulesWithOneAskOnceForTheWholeCardAndScheduledOnesToo() {
        AtomicInteger asked = new AtomicInteger();
        Supplier<List<Exposure>> counted = () -> {
            asked.incrementAndGet();
            return List.of(F1);
        };
        engine.evaluate(F1_RED, VACCINATED, counted, vietnam("2021-09-05T12:00:00"));
        assertThat(asked).hasValue(1);

        // the national default now, the F1 rules from 1 October: the look-ahead needs the exposures
        Instant switchAt = vietnam("2021-10-01T00:00:00");
        Exposure late = new Exposure(Level.F1, vietnam("2021-09-30T18:00:00"), vietnam("2021-09-30T19:00:00"));
        RuleTimeline scheduled = new RuleTimeline() {
            @Override
            public InForce at(Instant at) {
                return at.isBefore(switchAt) ? new InForce(NATIONAL_DEFAULT, "the default") : F1_RED.at(at);
            }

            @Override
            public Optional<Instant> nextChangeAfter(Instant at) {
                return at.isBefore(switchAt) ? Optional.of(switchAt) : Optional.empty();
            }
        };
        CovidCard card = engine.evaluate(scheduled, VACCINATED, () -> List.of(late), vietnam("2021-09-30T20:00:00"));
        assertThat(card.colour()).isEqualTo(CardColour.GREEN);
        assertThat(card.validUntil()).isEqualTo(OffsetDateTime.parse("2021-09-30T23:59:59+07:00"));
    }

    /** Khánh Hòa's rules after a first: an F1 exposure within 7 days is RED. */
    private static RuleSet f1RedFor7Days() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(CardColour.RED, "F1 contact", List.of(new Condition.Exposed(Level.F1, 7))));
        rules.addAll(NATIONAL_DEFAULT.rules());
        return new RuleSet(RuleSet.Mode.RULES, rules);
    }
}
