package vn.qrqg.scanning;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.qrqg.health.CovidCard;
import vn.qrqg.identity.RegisteredPerson;

/**
 * {@code scan:venue}: a short name, the birth year and the COVID card.
 *
 * @param covidCard {@code {colour, validUntil, reason}}; {@code null} where it is not evaluated (a
 *        venue's history shows who came, not their card at the door)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VenueScanView(String shortName, int birthYear, CovidCard covidCard) implements ScanView {

    static VenueScanView of(RegisteredPerson person, CovidCard covidCard) {
        return new VenueScanView(ShortNames.of(person.fullName()), person.birthDate().year(), covidCard);
    }
}
