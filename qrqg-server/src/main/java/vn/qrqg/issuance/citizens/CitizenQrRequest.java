package vn.qrqg.issuance.citizens;

/**
 * What an app sends for a person: the declared identity (checked against the registry) and the
 * optional data the QR records.
 *
 * @param insuranceNumber a health-insurance card number, which social insurance must confirm is
 *        the person's and valid today; {@code FROM_REGISTRY} for theirs from social insurance; or absent
 *
 * @param dateOfBirth {@code YYYY-MM-DD}, {@code 00} for an unknown month or day
 * @param gender {@code 0} not stated, {@code 1} male, {@code 2} female; or absent
 * @param declaredBy the declarer's QID when someone declares on the person's behalf, else absent
 */
public record CitizenQrRequest(String documentNumber, String fullName, String dateOfBirth, String gender,
        String phone, String insuranceNumber, String declaredBy) {

    /** The same request, recording this health-insurance number (null: none). */
    CitizenQrRequest withInsuranceNumber(String number) {
        return new CitizenQrRequest(documentNumber, fullName, dateOfBirth, gender, phone, number, declaredBy);
    }
}
