package vn.qrqg.health;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.codec.personal.Qid;

/**
 * A person's COVID card, by the rules of where they live, has another colour than when it was last
 * evaluated for them: by new records, their province's rules, an exposure alert issued or withdrawn,
 * or the passing of time at its {@code validUntil} (docs/covid-card.md, "When the card changes").
 * Only for people an app holds a valid holder token for. For the change feed's {@code CARD_CHANGED}:
 * what the card API shows, never the reason nor a record.
 *
 * @param colour GREEN, YELLOW, RED or NEUTRAL, as the card API answers
 * @param previousColour the colour last evaluated
 * @param validUntil the new colour's last second; {@code null} when nothing known changes it
 * @param at when the colour changed: the second after the previous card's {@code validUntil} when
 *        time changed it, else when the platform saw the change
 */
@DomainEvent
public record CardChanged(Qid qid, String colour, String previousColour, Instant validUntil, Instant at) {

    public CardChanged {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(previousColour, "previousColour");
        Objects.requireNonNull(at, "at");
    }
}
