package vn.qrqg.health;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A person's COVID card at one instant, as scanners and the holder see it.
 *
 * @param colour what the province's rules give
 * @param validUntil the last second (Vietnam time) at which this colour holds by itself, before a
 *        dose ages into a rule, a test or recovery ages out of one, or the province's next rules take
 *        effect; {@code null} when nothing known would change it
 * @param reason which rules, which rule, and on which records, in words
 */
public record CovidCard(CardColour colour, OffsetDateTime validUntil, String reason) {

    public CovidCard {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(reason, "reason");
    }
}
