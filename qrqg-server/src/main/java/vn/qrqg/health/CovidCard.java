package vn.qrqg.health;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Objects;
import vn.qrqg.platform.web.RequestLanguage;

/**
 * A person's COVID card at one instant, as scanners and the holder see it.
 *
 * @param colour what the province's rules give
 * @param validUntil the last second (Vietnam time) at which this colour holds by itself, before a
 *        dose ages into a rule, a test or recovery ages out of one, or the province's next rules take
 *        effect; {@code null} when nothing known would change it
 * @param reason which rules, which rule, and on which records, in English words
 * @param reasonVi the same in Vietnamese: vaccines by name, dates as dd/mm/yyyy
 */
public record CovidCard(CardColour colour, OffsetDateTime validUntil, @JsonIgnore String reason,
        @JsonIgnore String reasonVi) {

    public CovidCard {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonVi, "reasonVi");
    }

    /** The reason in the language the request asks for ({@code Accept-Language}: vi or en, English by default). */
    @JsonProperty("reason")
    public String reasonInRequestLanguage() {
        return RequestLanguage.vietnamese() ? reasonVi : reason;
    }
}
