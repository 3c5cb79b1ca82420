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

    static final String CARD_CSV_HEADER = "card_number,document_number,valid_from,valid_to\n";

    /**
     * Their health-insurance card's number: an employee's (DN), level 4, their CCCD's province, and
     * the CCCD's last 10 digits as the social-insurance number (with the province, one card per CCCD).
     */
    String insuranceNumber() {
        return "DN4" + documentNumber.substring(1, 3) + documentNumber.substring(2);
    }

    /** Their card in the social-insurance import, valid for years. */
    String cardCsvRow() {
        return insuranceNumber() + ',' + documentNumber + ",2021-01-01,2099-12-31\n";
    }

    /** The body of {@code POST /api/v1/citizens/qr} declaring exactly what the registry holds (and their card's number). */
    String declarationJson(boolean insured) {
        return "{\"documentNumber\":\"" + documentNumber + "\",\"fullName\":\"" + fullName
                + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"gender\":\"" + gender.code()
                + "\",\"phone\":\"" + phone + "\"" + (insured ? ",\"insuranceNumber\":\"" + insuranceNumber() + "\"" : "")
                + "}";
    }
}
