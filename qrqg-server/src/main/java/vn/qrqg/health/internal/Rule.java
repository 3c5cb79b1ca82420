package vn.qrqg.health.internal;

import java.util.List;
import vn.qrqg.health.CardColour;

/**
 * One rule of a COVID card rule set: the colour it gives when all its conditions hold (none:
 * it holds for everyone).
 *
 * @param label what the rule means, for people, or {@code null}
 */
record Rule(CardColour colour, String label, List<Condition> conditions) {

    Rule {
        conditions = List.copyOf(conditions);
    }
}
