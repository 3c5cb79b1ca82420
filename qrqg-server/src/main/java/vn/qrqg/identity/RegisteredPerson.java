package vn.qrqg.identity;

import java.util.Objects;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;

/**
 * A person as the population registry holds them. Only the platform reads these values: they
 * never go back to the declarant (see {@link DeclarationMismatchException}).
 *
 * @param documentNumber the CCCD (12 digits), CMND (9 digits) or passport number
 * @param oldDocumentNumber the old 9-digit CMND of someone who now holds a CCCD, or {@code null}
 * @param fullName with diacritics, as registered
 * @param birthDate possibly with an unknown month and day ({@code 1950-00-00})
 * @param phone 10 digits starting with 0, or {@code null}
 * @param insuranceNumber health-insurance number (2 letters, 13 digits), or {@code null}
 * @param communeCode 5-digit commune code of the permanent address (2025 structure), or {@code null}
 * @param address permanent address, or {@code null}
 * @param householdId the household (hộ khẩu) the registry records the person in, or {@code null} when
 *         unknown: people with the same household id live in one household, so one may declare for the
 *         other (DOMAIN.md, "Issuing a personal QR", point 5). 1–32 characters of {@code [A-Za-z0-9-]}
 *         in the reference registry; an external registry's own ids are taken as they come
 */
public record RegisteredPerson(String documentNumber, String oldDocumentNumber, String fullName, BirthDate birthDate,
        Gender gender, String phone, String insuranceNumber, String communeCode, String address,
        String householdId) {

    public RegisteredPerson {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
    }
}
