package vn.qrqg.health.internal;

import java.time.Instant;
import java.util.Optional;

/** The rule sets a province's card follows over time: the one in force at an instant, and when the next begins. */
interface RuleTimeline {

    /**
     * Whose rules are in force, for reasons ({@link CardWords#whose}): the national default, a
     * province that follows it, a province's own version; or a name as it is (tests).
     */
    record Whose(Kind kind, String province, Integer version, String name) {

        enum Kind { NATIONAL_DEFAULT, FOLLOWS_DEFAULT, OWN_VERSION, NAMED }

        static Whose nationalDefault() {
            return new Whose(Kind.NATIONAL_DEFAULT, null, null, null);
        }

        static Whose followsDefault(String province) {
            return new Whose(Kind.FOLLOWS_DEFAULT, province, null, null);
        }

        static Whose ownVersion(String province, int version) {
            return new Whose(Kind.OWN_VERSION, province, version, null);
        }

        static Whose named(String name) {
            return new Whose(Kind.NAMED, null, null, name);
        }
    }

    /** The rules in force at an instant, resolved: {@link RuleSet.Mode#RULES} or {@link RuleSet.Mode#NONE}. */
    record InForce(RuleSet rules, Whose whose) {

        public InForce {
            if (rules.mode() == RuleSet.Mode.NATIONAL_DEFAULT) {
                throw new IllegalArgumentException("rules in force are resolved: the national default's own rules");
            }
        }

        /** Rules named as they are, in every language (tests). */
        InForce(RuleSet rules, String name) {
            this(rules, Whose.named(name));
        }
    }

    InForce at(Instant at);

    /** The first instant after {@code at} from which other rules are in force; empty when none is scheduled. */
    Optional<Instant> nextChangeAfter(Instant at);

    /** The same rules at every instant. */
    static RuleTimeline always(RuleSet rules, String name) {
        return always(rules, Whose.named(name));
    }

    /** The same rules at every instant. */
    static RuleTimeline always(RuleSet rules, Whose whose) {
        InForce inForce = new InForce(rules, whose);
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
