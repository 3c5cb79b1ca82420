package vn.qrqg.health.internal;

import java.time.Instant;
import java.util.Optional;

/** The rule sets a province's card follows over time: the one in force at an instant, and when the next begins. */
interface RuleTimeline {

    /**
     * The rules in force at an instant, resolved: {@link RuleSet.Mode#RULES} or {@link RuleSet.Mode#NONE}.
     *
     * @param label whose rules, for reasons: "the national default (Khánh Hòa's rules)"
     */
    record InForce(RuleSet rules, String label) {

        public InForce {
            if (rules.mode() == RuleSet.Mode.NATIONAL_DEFAULT) {
                throw new IllegalArgumentException("rules in force are resolved: the national default's own rules");
            }
        }
    }

    InForce at(Instant at);

    /** The first instant after {@code at} from which other rules are in force; empty when none is scheduled. */
    Optional<Instant> nextChangeAfter(Instant at);

    /** The same rules at every instant. */
    static RuleTimeline always(RuleSet rules, String label) {
        InForce inForce = new InForce(rules, label);
        return new RuleTimeline() {
            @Override
            public InForce at(Instant at) {
                return inForce;
            }

            @Override
            public Optional<Instant> nextChangeAfter(Instant at) {
                return Optional.empty();
            }
        };
    }
}
