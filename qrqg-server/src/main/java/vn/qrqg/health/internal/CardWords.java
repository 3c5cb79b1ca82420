package vn.qrqg.health.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A card's reason in one language: whose rules, which rule, and the facts that made it hold.
 * {@link EnglishCardWords} writes what the API always wrote; {@link VietnameseCardWords} the same
 * in Vietnamese, with vaccines by name.
 */
interface CardWords {

    CardWords ENGLISH = new EnglishCardWords();
    CardWords VIETNAMESE = new VietnameseCardWords();

    /** Whose rules are in force: the national default, a province following it, or a province's own version. */
    String whose(RuleTimeline.Whose whose);

    String noRules(String whose);

    /** "…, rule 2 (fully vaccinated): " then the facts. */
    String rule(String whose, int number, String label);

    String everyone(String records);

    String noRuleHolds(String whose, String records);

    String fact(CardFact fact);

    /** The label of a rule in this language: its own, or the one label it has. */
    String label(Rule rule);

    default String facts(List<CardFact> facts) {
        return String.join("; ", facts.stream().map(this::fact).toList());
    }

    static long days(java.time.LocalDate from, java.time.LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    static long hours(java.time.Instant from, java.time.Instant to) {
        return Duration.between(from, to).toHours();
    }
}
