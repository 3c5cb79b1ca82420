package vn.qrqg.identity;

import vn.qrqg.codec.Gender;

/**
 * What a person declared about themselves (DOMAIN.md, "Issuing a personal QR").
 *
 * @param dateOfBirth {@code YYYY-MM-DD} with {@code 00} for an unknown month or day
 * @param gender {@code null} or {@link Gender#NOT_STATED} when not declared
 */
public record Declaration(String documentNumber, String fullName, String dateOfBirth, Gender gender) {

    public Declaration(String documentNumber, String fullName, String dateOfBirth) {
        this(documentNumber, fullName, dateOfBirth, null);
    }
}
