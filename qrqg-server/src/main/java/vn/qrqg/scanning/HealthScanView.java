package vn.qrqg.scanning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.function.UnaryOperator;
import vn.qrqg.codec.personal.Masking;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.insurance.InsuranceChecks;

/**
 * {@code scan:health}: the venue's view, and also the gender, the phone and the insurance number
 * masked as in the masked QR, what social insurance says today of that card, the QID, and the
 * vaccination, test and recovery records.
 *
 * @param gender {@code MALE}, {@code FEMALE} or {@code NOT_STATED}
 * @param insuranceCard {@code {status, validFrom, validTo}}
 * @param qid {@code null} for a person who holds none (found by their CCCD card)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HealthScanView(String shortName, int birthYear, CovidCard covidCard, String gender, String phone,
        String insuranceNumber, InsuranceChecks.CardStatus insuranceCard, String qid,
        PersonHealthRecords healthRecords) implements ScanView {

    static HealthScanView of(ScannedPerson person, CovidCard covidCard, PersonHealthRecords healthRecords,
            InsuranceChecks.CardStatus insuranceCard) {
        RegisteredPerson registered = person.registered();
        return new HealthScanView(ShortNames.of(registered.fullName()), registered.birthDate().year(), covidCard,
                registered.gender().name(), masked(person.phone(), Masking::phone),
                masked(person.insuranceNumber(), Masking::insuranceNumber), insuranceCard,
                person.qid() == null ? null : person.qid().value(), healthRecords);
    }

    private static String masked(String value, UnaryOperator<String> mask) {
        return value == null ? null : mask.apply(value);
    }
}
