package vn.qrqg.codec.document;

import java.util.Set;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;

/**
 * What a 12-digit CCCD number encodes: the province of birth (3 digits: {@code 0} and the
 * statistics office's 2-digit province code), a digit for gender and century, the last two
 * digits of the birth year, and six random digits.
 */
public record CccdNumber(String provinceCode, Gender gender, int birthYear, String serial) {

    /** The 63 province codes in force when CCCDs were first issued (2016); the 2025 merger kept codes from this list. */
    static final Set<String> PROVINCE_CODES = Set.of(
            "01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "22", "24", "25",
            "26", "27", "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45", "46", "48",
            "49", "51", "52", "54", "56", "58", "60", "62", "64", "66", "67", "68", "70", "72", "74", "75",
            "77", "79", "80", "82", "83", "84", "86", "87", "89", "91", "92", "93", "94", "95", "96");

    /**
     * Decodes a 12-digit number; errors name {@code field}, positions relative to it.
     * The gender/century digit: 0/1 born 1900–1999 (male/female), 2/3 2000–2099, 4/5 2100–2199,
     * 6/7 2200–2299, 8/9 1800–1899.
     */
    public static CccdNumber decode(String digits, String field) {
        if (digits.length() != 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new QrFormatException(field, FormatProblem.BAD_FORMAT, 0, "a CCCD number is 12 digits");
        }
        if (digits.charAt(0) != '0' || !PROVINCE_CODES.contains(digits.substring(1, 3))) {
            throw new QrFormatException(field, FormatProblem.BAD_VALUE, 0,
                    digits.substring(0, 3) + " is not a province code of birth");
        }
        int genderCentury = digits.charAt(3) - '0';
        Gender gender = genderCentury % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        int century = genderCentury >= 8 ? 1800 : 1900 + 100 * (genderCentury / 2);
        int birthYear = century + Integer.parseInt(digits, 4, 6, 10);
        return new CccdNumber("0" + digits.substring(1, 3), gender, birthYear, digits.substring(6));
    }

    /** The digit that encodes a gender (male or female) and the century of a birth year. */
    public static int genderCenturyDigit(Gender gender, int birthYear) {
        if (gender == Gender.NOT_STATED) {
            throw new IllegalArgumentException("a CCCD always encodes male or female");
        }
        int base = birthYear < 1900 ? 8 : 2 * ((birthYear - 1900) / 100);
        return base + (gender == Gender.FEMALE ? 1 : 0);
    }
}
