package vn.qrqg.health.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.health.CardColour;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.ExposureHistory;
import vn.qrqg.health.PersonHealthRecords;

/**
 * Evaluates a COVID card: the first rule in force whose conditions all hold gives the colour,
 * and says why; then it looks ahead, over the instants at which a condition starts or stops
 * holding or other rules take effect, for the first at which the colour would differ. Pure: no
 * clock, no database (the person's exposures are asked of the caller, and only by rules with an
 * {@code EXPOSED} condition); thread-safe.
 */
final class CardEngine {
    /** Far more instants than any person's records give; a bound, so that bad data cannot loop. */
    private static final int MAX_STEPS = 10_000;

    /**
     * What the rules in force give: the colour, and what is needed to say why ({@code rule} null
     * when the province has no rules or no rule holds). Words are written only for the answer,
     * never for the instants the look-ahead tries.
     */
    private record Outcome(CardColour colour, RuleTimeline.InForce inForce, int number, Rule rule, List<CardFact> because,
            Facts facts, Instant at) {

        String reason(CardWords words) {
            String whose = words.whose(inForce.whose());
            if (inForce.rules().mode() == RuleSet.Mode.NONE) {
                return words.noRules(whose);
            }
            if (rule == null) {
                return words.noRuleHolds(whose, words.fact(facts.summary(at)));
            }
            return words.rule(whose, number, words.label(rule)) + ": " + (because.isEmpty()
                    ? words.everyone(words.fact(facts.summary(at))) : words.facts(because));
        }
    }

    /**
     * The card of someone of unknown age with no exposure alert: as
     * {@link #evaluate(RuleTimeline, PersonHealthRecords, BirthDate, Supplier, Instant)}.
     */
    CovidCard evaluate(RuleTimeline timeline, PersonHealthRecords records, Instant at) {
        return evaluate(timeline, records, null, List::of, at);
    }

    /** The card of someone of unknown age: as {@link #evaluate(RuleTimeline, PersonHealthRecords, BirthDate, Supplier, Instant)}. */
    CovidCard evaluate(RuleTimeline timeline, PersonHealthRecords records,
            Supplier<List<ExposureHistory.Exposure>> exposures, Instant at) {
        return evaluate(timeline, records, null, exposures, at);
    }

    /**
     * @param birthDate the person's, for {@code AGE_UNDER} conditions; {@code null}: unknown
     * @param exposures the person's exposures, asked at most once, and only when a rule in force at
     *        {@code at} or later has an {@code EXPOSED} condition
     */
    CovidCard evaluate(RuleTimeline timeline, PersonHealthRecords records, BirthDate birthDate,
            Supplier<List<ExposureHistory.Exposure>> exposures, Instant at) {
        Facts facts = new Facts(records, birthDate, exposures);
        Outcome now = outcome(timeline.at(at), facts, at);
        Instant change = firstChange(timeline, facts, at, now.colour());
        // the last second at which the colour still holds
        return new CovidCard(now.colour(),
                change == null ? null : VietnamTime.of(change.minusNanos(1).truncatedTo(ChronoUnit.SECONDS)),
                now.reason(CardWords.ENGLISH), now.reason(CardWords.VIETNAMESE));
    }

    private static Outcome outcome(RuleTimeline.InForce inForce, Facts facts, Instant at) {
        if (inForce.rules().mode() == RuleSet.Mode.NONE) {
            return new Outcome(CardColour.NEUTRAL, inForce, 0, null, List.of(), facts, at);
        }
        List<Rule> rules = inForce.rules().rules();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            List<CardFact> because = new ArrayList<>();
            for (Condition condition : rule.conditions()) {
                Optional<CardFact> holds = facts.holds(condition, at);
                if (holds.isEmpty()) {
                    because = null;
                    break;
                }
                because.add(holds.get());
            }
            if (because != null) {
                return new Outcome(rule.colour(), inForce, i + 1, rule, because, facts, at);
            }
        }
        return new Outcome(CardColour.RED, inForce, 0, null, List.of(), facts, at);
    }

    /** The first instant after {@code at} with another colour than {@code colour}, or {@code null}. */
    private static Instant firstChange(RuleTimeline timeline, Facts facts, Instant at, CardColour colour) {
        Instant instant = at;
        for (int step = 0; step < MAX_STEPS; step++) {
            Instant next = nextFlip(timeline.at(instant).rules(), facts, instant);
            Optional<Instant> otherRules = timeline.nextChangeAfter(instant);
            if (otherRules.isPresent() && (next == null || otherRules.get().isBefore(next))) {
                next = otherRules.get();
            }
            if (next == null) {
                return null;
            }
            if (outcome(timeline.at(next), facts, next).colour() != colour) {
                return next;
            }
            instant = next;
        }
        return null;
    }

    /** The first instant after {@code after} at which some condition of {@code rules} starts or stops holding. */
    private static Instant nextFlip(RuleSet rules, Facts facts, Instant after) {
        Instant next = null;
        for (Rule rule : rules.rules()) {
            for (Condition condition : rule.conditions()) {
                for (Instant flip : facts.flips(condition)) {
                    if (flip.isAfter(after) && (next == null || flip.isBefore(next))) {
                        next = flip;
                    }
                }
            }
        }
        return next;
    }
}
