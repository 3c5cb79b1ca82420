package vn.qrqg.codec.cccd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.qrqg.codec.cccd.CccdCardTest.FEMALE_CARD;
import static vn.qrqg.codec.cccd.CccdCardTest.MALE_CARD;
import static vn.qrqg.codec.cccd.CccdCardTest.PARSER;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

/** One test per rule of the card QR; positions are code points in the whole text. */
class CccdCardRejectionTest {

    private static final int CMND = 13;
    private static final int NAME = 23;
    private static final int BIRTH = 41;
    private static final int GENDER = 50;
    private static final int ADDRESS = 53;

    @Test
    void rejectsTooFewFieldsAtTheEndOfTheText() {
        String six = FEMALE_CARD.substring(0, FEMALE_CARD.lastIndexOf('|'));
        assertRejected(six, "QR", FormatProblem.WRONG_FIELD_COUNT, six.codePointCount(0, six.length()));
    }

    @Test
    void rejectsTooManyFieldsAtTheFirstExtraSeparator() {
        String eight = FEMALE_CARD + "|x|y";
        assertRejected(eight, "QR", FormatProblem.WRONG_FIELD_COUNT, FEMALE_CARD.codePointCount(0, FEMALE_CARD.length()));
    }

    @Test
    void rejectsAMalformedCccdNumber() {
        assertRejected(FEMALE_CARD.replace("001193029317|", "|"), "CCCD", FormatProblem.EMPTY, 0);
        assertRejected(FEMALE_CARD.replace("001193029317", "00119302931"), "CCCD", FormatProblem.BAD_LENGTH, 11);
        assertRejected(FEMALE_CARD.replace("001193029317", "0011930293170"), "CCCD", FormatProblem.BAD_LENGTH, 12);
        assertRejected(FEMALE_CARD.replace("001193029317", "0011930X9317"), "CCCD", FormatProblem.BAD_CHARACTER, 7);
        assertRejected(" " + FEMALE_CARD, "CCCD", FormatProblem.BAD_CHARACTER, 0);
        assertRejected(FEMALE_CARD.replace("001193029317", "099193029317"), "CCCD", FormatProblem.BAD_VALUE, 0);
    }

    @Test
    void rejectsACccdThatContradictsTheGender() {
        // the real card number 001093029317 encodes a man born in the 1900s
        assertRejected(FEMALE_CARD.replace("001193029317", "001093029317"), "CCCD", FormatProblem.INCONSISTENT, 3);
        assertRejected(MALE_CARD.replace("Nam", "Nữ"), "CCCD", FormatProblem.INCONSISTENT, 3);
    }

    @Test
    void rejectsACccdThatContradictsTheBirthYear() {
        assertRejected(FEMALE_CARD.replace("18011993", "18011994"), "CCCD", FormatProblem.INCONSISTENT, 4);
        // digit 3: a woman born in the 2000s, so 2093, not 1993
        assertRejected(FEMALE_CARD.replace("001193029317", "001393029317"), "CCCD", FormatProblem.INCONSISTENT, 3);
    }

    @Test
    void rejectsAnOldCmndNumberThatIsNotNineDigits() {
        assertRejected(FEMALE_CARD.replace("123456789", "12345678"), "CMND", FormatProblem.BAD_LENGTH, CMND + 8);
        assertRejected(FEMALE_CARD.replace("123456789", "1234567890"), "CMND", FormatProblem.BAD_LENGTH, CMND + 9);
        assertRejected(FEMALE_CARD.replace("123456789", "1234S6789"), "CMND", FormatProblem.BAD_CHARACTER, CMND + 4);
        assertRejected(FEMALE_CARD.replace("123456789", " "), "CMND", FormatProblem.BAD_CHARACTER, CMND);
    }

    @Test
    void rejectsAnEmptyName() {
        assertRejected(FEMALE_CARD.replace("Nguyễn Lê Khả Hân", ""), "HoTen", FormatProblem.EMPTY, NAME);
    }

    @Test
    void rejectsNamesWithAnythingButLettersAndSingleSpaces() {
        assertRejected(FEMALE_CARD.replace("Nguyễn Lê", "Nguyễn  Lê"), "HoTen", FormatProblem.BAD_CHARACTER, NAME + 7);
        assertRejected(FEMALE_CARD.replace("Nguyễn", " Nguyễn"), "HoTen", FormatProblem.BAD_CHARACTER, NAME);
        assertRejected(FEMALE_CARD.replace("Hân", "Hân "), "HoTen", FormatProblem.BAD_CHARACTER, NAME + 17);
        assertRejected(FEMALE_CARD.replace("Khả", "Kh4"), "HoTen", FormatProblem.BAD_CHARACTER, NAME + 12);
        assertRejected(FEMALE_CARD.replace("Lê Khả", "Lê-Khả"), "HoTen", FormatProblem.BAD_CHARACTER, NAME + 9);
        assertRejected(FEMALE_CARD.replace("Lê Khả", "Lê\tKhả"), "HoTen", FormatProblem.BAD_CHARACTER, NAME + 9);
        // a combining mark needs a letter to sit on
        assertRejected(FEMALE_CARD.replace("Hân", "\u0300Hân"), "HoTen", FormatProblem.BAD_CHARACTER, NAME + 14);
    }

    @Test
    void countsPositionsInADecomposedNameInCodePointsOfTheScannedText() {
        String han = Normalizer.normalize("Hân", Normalizer.Form.NFD);
        String decomposed = Normalizer.normalize(FEMALE_CARD, Normalizer.Form.NFD).replace(han, han + "1");
        // NFD: "Nguyễn" is 8 code points, "Lê" 3, "Khả" 4, "Hân" 4, three spaces
        int nameStart = 23;
        assertRejected(decomposed, "HoTen", FormatProblem.BAD_CHARACTER, nameStart + 8 + 1 + 3 + 1 + 4 + 1 + 4);
    }

    @Test
    void rejectsDatesThatAreNotEightDigits() {
        assertRejected(FEMALE_CARD.replace("18011993", "18-01-1993"), "NgaySinh", FormatProblem.BAD_CHARACTER, BIRTH + 2);
        assertRejected(FEMALE_CARD.replace("18011993", "1801993"), "NgaySinh", FormatProblem.BAD_LENGTH, BIRTH + 7);
        assertRejected(FEMALE_CARD.replace("18011993", ""), "NgaySinh", FormatProblem.EMPTY, BIRTH);
        String issue = FEMALE_CARD.replace("15072021", "2021-07-15");
        assertRejected(issue, "NgayCap", FormatProblem.BAD_CHARACTER, issue.codePointCount(0, issue.length()) - 6);
    }

    @Test
    void rejectsDaysTheCalendarDoesNotHave() {
        assertRejected(FEMALE_CARD.replace("18011993", "30021993"), "NgaySinh", FormatProblem.IMPOSSIBLE_DATE, BIRTH);
        assertRejected(FEMALE_CARD.replace("18011993", "29021993"), "NgaySinh", FormatProblem.IMPOSSIBLE_DATE, BIRTH);
        assertRejected(FEMALE_CARD.replace("18011993", "00011993"), "NgaySinh", FormatProblem.IMPOSSIBLE_DATE, BIRTH);
        assertRejected(FEMALE_CARD.replace("18011993", "18131993"), "NgaySinh", FormatProblem.IMPOSSIBLE_DATE, BIRTH + 2);
        String issue = FEMALE_CARD.replace("15072021", "31042021");
        assertRejected(issue, "NgayCap", FormatProblem.IMPOSSIBLE_DATE, issue.codePointCount(0, issue.length()) - 8);
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        assertRejected("001325012345||Lê Thị Mai|03062025|Nữ|Hà Nội|03062025", "NgaySinh", FormatProblem.IMPOSSIBLE_DATE, 25);
    }

    @Test
    void rejectsAnIssueDateInTheFuture() {
        String text = MALE_CARD.replace("10052022", "03062025");
        assertRejected(text, "NgayCap", FormatProblem.IMPOSSIBLE_DATE, text.length() - 8);
    }

    @Test
    void rejectsAnIssueDateBeforeTheBirthDate() {
        String text = MALE_CARD.replace("10052022", "01031990");
        assertRejected(text, "NgayCap", FormatProblem.INCONSISTENT, text.length() - 8);
    }

    @Test
    void rejectsAGenderOtherThanNamOrNu() {
        assertRejected(FEMALE_CARD.replace("|Nữ|", "||"), "GioiTinh", FormatProblem.EMPTY, GENDER);
        assertRejected(FEMALE_CARD.replace("|Nữ|", "|Nu|"), "GioiTinh", FormatProblem.BAD_VALUE, GENDER);
        assertRejected(FEMALE_CARD.replace("|Nữ|", "|nữ|"), "GioiTinh", FormatProblem.BAD_VALUE, GENDER);
        assertRejected(MALE_CARD.replace("|Nam|", "|NAM|"), "GioiTinh", FormatProblem.BAD_VALUE, 35);
        assertRejected(MALE_CARD.replace("|Nam|", "|Male|"), "GioiTinh", FormatProblem.BAD_VALUE, 35);
    }

    @Test
    void rejectsSpacesAroundTheGender() {
        assertRejected(FEMALE_CARD.replace("|Nữ|", "|Nữ |"), "GioiTinh", FormatProblem.BAD_CHARACTER, GENDER + 2);
        assertRejected(FEMALE_CARD.replace("|Nữ|", "| Nữ|"), "GioiTinh", FormatProblem.BAD_CHARACTER, GENDER);
    }

    @Test
    void rejectsAnEmptyAddress() {
        assertRejected(FEMALE_CARD.replace("|Số 1 Phố Huế, Phường Hai Bà Trưng, Hà Nội|", "||"), "DiaChi", FormatProblem.EMPTY, ADDRESS);
    }

    @Test
    void rejectsSpacesAroundTheAddressAndInvisibleCharactersInIt() {
        assertRejected(FEMALE_CARD.replace("|Số 1", "| Số 1"), "DiaChi", FormatProblem.BAD_CHARACTER, ADDRESS);
        assertRejected(FEMALE_CARD.replace("Hà Nội|", "Hà Nội |"), "DiaChi", FormatProblem.BAD_CHARACTER, ADDRESS + 41);
        for (String invisible : new String[] {"\t", "\n", "\u0000", "\u00A0", "\u200B", "\u202E", "\u2028"}) {
            assertRejected(FEMALE_CARD.replace("Số 1 Phố", "Số 1" + invisible + "Phố"), "DiaChi", FormatProblem.BAD_CHARACTER, ADDRESS + 4);
        }
    }

    @Test
    void countsPositionsAfterAnEmojiInCodePoints() {
        assertRejected(FEMALE_CARD.replace("Số 1 Phố", "\uD83C\uDFE0 Phố\tHuế"), "DiaChi", FormatProblem.BAD_CHARACTER, ADDRESS + 5);
    }

    private static void assertRejected(String text, String field, FormatProblem problem, int position) {
        assertThatThrownBy(() -> PARSER.parse(text)).as(text).isInstanceOfSatisfying(QrFormatException.class, e -> {
            assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
            assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
            assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
        });
    }
}
