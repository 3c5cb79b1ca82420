package vn.qrqg.identity.internal;

import static vn.qrqg.identity.internal.ImportColumns.Column.ADDRESS;
import static vn.qrqg.identity.internal.ImportColumns.Column.COMMUNE_CODE;
import static vn.qrqg.identity.internal.ImportColumns.Column.DATE_OF_BIRTH;
import static vn.qrqg.identity.internal.ImportColumns.Column.DOCUMENT_NUMBER;
import static vn.qrqg.identity.internal.ImportColumns.Column.FULL_NAME;
import static vn.qrqg.identity.internal.ImportColumns.Column.GENDER;
import static vn.qrqg.identity.internal.ImportColumns.Column.HOUSEHOLD_ID;
import static vn.qrqg.identity.internal.ImportColumns.Column.INSURANCE_NUMBER;
import static vn.qrqg.identity.internal.ImportColumns.Column.OLD_DOCUMENT_NUMBER;
import static vn.qrqg.identity.internal.ImportColumns.Column.PHONE;

import java.text.Normalizer;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.DocumentKind;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.VietnameseNames;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.internal.ImportColumns.Column;
import vn.qrqg.platform.web.PrintableText;

/** Turns one import row into a person, checking every value with the codec, or says why it cannot. */
final class ImportRows {
    private static final Pattern PHONE_DIGITS = Pattern.compile("0[0-9]{9}");
    private static final Pattern INSURANCE = Pattern.compile("[A-Z]{2}[0-9]{13}");
    /** As the check of {@code identity_person.household_id} has it. */
    private static final Pattern HOUSEHOLD = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final AdministrativeUnits units;

    ImportRows(AdministrativeUnits units) {
        this.units = units;
    }

    /** @throws RowRejectedException with the reason, naming the column */
    RegisteredPerson toPerson(ImportColumns columns, List<String> fields) {
        if (fields.size() != columns.width()) {
            throw new RowRejectedException("the row has " + fields.size() + " fields but the header has " + columns.width());
        }
        String documentText = required(columns, fields, DOCUMENT_NUMBER);
        String nameText = required(columns, fields, FULL_NAME);
        String dateText = required(columns, fields, DATE_OF_BIRTH);
        String genderText = required(columns, fields, GENDER);

        DocumentNumber document = checked(DOCUMENT_NUMBER, () -> DocumentNumber.parse(documentText));
        String fullName = Normalizer.normalize(SPACES.matcher(nameText).replaceAll(" "), Normalizer.Form.NFC);
        checked(FULL_NAME, () -> VietnameseNames.normalise(fullName));
        BirthDate birthDate = checked(DATE_OF_BIRTH, () -> BirthDate.parse(dateText));
        Gender gender = genderText.length() == 1 ? Gender.fromCode(genderText.charAt(0)) : null;
        if (gender == null) {
            throw new RowRejectedException("gender must be 0 (not stated), 1 (male) or 2 (female)");
        }
        checked(DOCUMENT_NUMBER, () -> {
            document.checkConsistentWith(birthDate, gender, DocumentNumber.FIELD);
            return document;
        });

        String old = columns.value(fields, OLD_DOCUMENT_NUMBER);
        if (old != null) {
            if (checked(OLD_DOCUMENT_NUMBER, () -> DocumentNumber.parse(old)).kind() != DocumentKind.CMND) {
                throw new RowRejectedException("old_document_number must be an old 9-digit CMND number");
            }
            if (old.equals(document.value())) {
                throw new RowRejectedException("old_document_number is the same as document_number");
            }
        }
        String phone = columns.value(fields, PHONE);
        if (phone != null && !PHONE_DIGITS.matcher(phone).matches()) {
            throw new RowRejectedException("phone must be 10 digits starting with 0");
        }
        String insurance = columns.value(fields, INSURANCE_NUMBER);
        if (insurance != null && !INSURANCE.matcher(insurance).matches()) {
            throw new RowRejectedException("insurance_number must be 2 upper-case letters and 13 digits");
        }
        String commune = columns.value(fields, COMMUNE_CODE);
        if (commune != null && !units.isCommune(commune)) {
            throw new RowRejectedException("commune_code " + commune + " is not a commune code of the current (2025) structure");
        }
        String address = columns.value(fields, ADDRESS);
        if (address != null && !PrintableText.isAcceptable(address)) {
            throw new RowRejectedException("address " + PrintableText.MESSAGE);
        }
        String household = columns.value(fields, HOUSEHOLD_ID);
        if (household != null && !HOUSEHOLD.matcher(household).matches()) {
            throw new RowRejectedException("household_id must be 1 to 32 characters, each an ASCII letter, a digit or '-'");
        }
        return new RegisteredPerson(document.value(), old, fullName, birthDate, gender, phone, insurance, commune,
                address == null ? null : Normalizer.normalize(address, Normalizer.Form.NFC), household);
    }

    private static String required(ImportColumns columns, List<String> fields, Column column) {
        String value = columns.value(fields, column);
        if (value == null) {
            throw new RowRejectedException(column.header() + " is empty");
        }
        return value;
    }

    /** The codec's verdict, its field name replaced by the column's. */
    private static <T> T checked(Column column, Supplier<T> check) {
        try {
            return check.get();
        } catch (QrFormatException e) {
            throw new RowRejectedException(column.header() + ": " + e.detail());
        }
    }
}
