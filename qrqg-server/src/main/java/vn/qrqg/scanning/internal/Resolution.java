package vn.qrqg.scanning.internal;

import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.scanning.ScannedPerson;

/**
 * What a scan resolved to.
 *
 * @param person the person identified, or {@code null}
 * @param documentNumber the registry document number of a person without a QID, for the audit
 */
public record Resolution(ScanOutcome outcome, ScannedPerson person, String documentNumber) {

    static Resolution notFound() {
        return new Resolution(ScanOutcome.NOT_FOUND, null, null);
    }

    static Resolution found(ScanOutcome outcome, String qid, RegisteredPerson person, String newestFullText) {
        String phone;
        String insuranceNumber;
        if (newestFullText != null) {
            // what the person declared last, as the platform signed it
            PersonalQr newest = PersonalQr.parse(newestFullText);
            phone = emptyToNull(newest.phone());
            insuranceNumber = emptyToNull(newest.insuranceNumber());
        } else {
            phone = person.phone();
            insuranceNumber = person.insuranceNumber();
        }
        return new Resolution(outcome, new ScannedPerson(qid, person, phone, insuranceNumber),
                qid == null ? person.documentNumber() : null);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
