package vn.qrqg.scanning;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.qrqg.identity.RegisteredPerson;

/**
 * {@code scan:police}: the identity fields in full; no health data.
 *
 * @param dateOfBirth {@code YYYY-MM-DD}, {@code 00} for an unknown month or day
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PoliceScanView(String qid, String documentNumber, String oldDocumentNumber, String fullName,
        String dateOfBirth, String gender, String phone, String insuranceNumber, String address) implements ScanView {

    static PoliceScanView of(ScannedPerson person) {
        RegisteredPerson registered = person.registered();
        return new PoliceScanView(person.qid() == null ? null : person.qid().value(), registered.documentNumber(),
                registered.oldDocumentNumber(), registered.fullName(), registered.birthDate().toString(),
                registered.gender().name(), person.phone(), person.insuranceNumber(), registered.address());
    }
}
