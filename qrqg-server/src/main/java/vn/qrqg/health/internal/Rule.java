package vn.qrqg.health.internal;

import java.util.List;
import vn.qrqg.health.CardColour;

/**
 * One rule of a COVID card rule set: the colour it gives when all its conditions hold (none:
 * it holds for everyone).
 *
 * @param label what the rule means, for people, or {@code null}
 * @param labelVi the same in Vietnamese, for reasons written in Vietnamese; {@code null}: the label as it is
 */
record Rule(CardColour colour, String label, String labelVi, List<Condition> conditions) {

    Rule {
        conditions = List.copyOf(conditions);
    }

    /** A rule with one label, whatever the reader's language. */
    Rule(CardColour colour, String label, List<Condition> conditions) {
        this(colour, label, null, conditions);
    }
}
