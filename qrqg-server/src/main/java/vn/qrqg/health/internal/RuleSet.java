package vn.qrqg.health.internal;

import java.util.List;

/**
 * What a province's COVID card follows: its own ordered rules (the first that holds gives the
 * colour; none holding gives RED), no card at all (NEUTRAL), or the national default.
 */
record RuleSet(Mode mode, List<Rule> rules) {

    enum Mode {
        /** The province's own rules. */
        RULES,
        /** The province has no card: everyone is NEUTRAL, never green. */
        NONE,
        /** Back to the national default (Khánh Hòa's rules). */
        NATIONAL_DEFAULT
    }

    /** Whether a rule of this set has an {@code EXPOSED} condition: only then can an alert change a card. */
    boolean asksExposures() {
        return rules.stream().anyMatch(rule -> rule.conditions().stream().anyMatch(Condition.Exposed.class::isInstance));
    }

    RuleSet {
        rules = List.copyOf(rules);
        if ((mode == Mode.RULES) == rules.isEmpty()) {
            throw new IllegalArgumentException("a rule set has rules exactly when its mode is RULES");
        }
    }

    static final RuleSet NONE = new RuleSet(Mode.NONE, List.of());
    static final RuleSet NATIONAL_DEFAULT = new RuleSet(Mode.NATIONAL_DEFAULT, List.of());
}
