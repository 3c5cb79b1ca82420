package vn.qrqg.bench.load;

import vn.qrqg.codec.Gender;

/**
 * One synthetic person, as the registry import and an issuance declaration both write them.
 * Every field holds only letters, digits, spaces and dashes, so it goes into CSV and JSON
 * without quoting or escaping.
 *
 * @param dateOfBirth {@code YYYY-MM-DD}
 */
record Person(String documentNumber, String fullName, String dateOfBirth, Gender gender, String phone) {

    static final String CSV_HEADER = "document_number,full_name,date_of_birth,gender,phone\n";

    String csvRow() {
        return documentNumber + ',' + fullName + ',' + dateOfBirth + ',' + gender.code() + ',' + phone + '\n';
    }

    /** The body of {@code POST /api/v1/citizens/qr} declaring exactly what the registry holds. */
    String declarationJson() {
        return "{\"documentNumber\":\"" + documentNumber + "\",\"fullName\":\"" + fullName
                + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"gender\":\"" + gender.code()
                + "\",\"phone\":\"" + phone + "\"}";
    }
}
