package vn.qrqg.codec.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;

class DocumentNumberTest {

    @Test
    void recognisesTheThreeKindsByTheirShape() {
        assertThat(DocumentNumber.parse("001093029317").kind()).isEqualTo(DocumentKind.CCCD);
        assertThat(DocumentNumber.parse("123456789").kind()).isEqualTo(DocumentKind.CMND);
        assertThat(DocumentNumber.parse("B1234567").kind()).isEqualTo(DocumentKind.PASSPORT);
    }

    @ParameterizedTest
    @CsvSource({
            "001093029317, 001, MALE, 1993",
            "079301000123, 079, FEMALE, 2001",
            "096087123456, 096, MALE, 1987",
            "048200123456, 048, MALE, 2000",
            "001999000001, 001, FEMALE, 1899",
    })
    void decodesProvinceGenderAndCenturyOfACccd(String number, String province, Gender gender, int year) {
        CccdNumber cccd = CccdNumber.decode(number, "SoGiayTo");
        assertThat(cccd.provinceCode()).isEqualTo(province);
        assertThat(cccd.gender()).isEqualTo(gender);
        assertThat(cccd.birthYear()).isEqualTo(year);
        assertThat(CccdNumber.genderCenturyDigit(gender, year)).isEqualTo(number.charAt(3) - '0');
    }

    @Test
    void acceptsACccdThatFitsTheDeclaredBirthYearAndGender() {
        DocumentNumber cccd = DocumentNumber.parse("079301000123");
        assertThatCode(() -> cccd.checkConsistentWith(BirthDate.parse("2001-05-00"), Gender.FEMALE, "SoGiayTo"))
                .doesNotThrowAnyException();
        assertThatCode(() -> cccd.checkConsistentWith(BirthDate.parse("2001-00-00"), Gender.NOT_STATED, "SoGiayTo"))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsACccdOfAnotherBirthYearOrCenturyOrGender() {
        DocumentNumber cccd = DocumentNumber.parse("079301000123");
        assertInconsistent(() -> cccd.checkConsistentWith(BirthDate.parse("2000-05-01"), Gender.FEMALE, "SoGiayTo"));
        assertInconsistent(() -> cccd.checkConsistentWith(BirthDate.parse("1901-05-01"), Gender.FEMALE, "SoGiayTo"));
        assertInconsistent(() -> cccd.checkConsistentWith(BirthDate.parse("2001-05-01"), Gender.MALE, "SoGiayTo"));
    }

    @Test
    void cmndAndPassportCarryNothingToCheck() {
        assertThatCode(() -> DocumentNumber.parse("123456789")
                .checkConsistentWith(BirthDate.parse("1960-00-00"), Gender.MALE, "SoGiayTo")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
            "'', EMPTY, 0",
            "00109302931, BAD_LENGTH, 0",
            "0010930293171, BAD_LENGTH, 0",
            "00109302931X, BAD_CHARACTER, 11",
            "099093029317, BAD_VALUE, 0",
            "101093029317, BAD_VALUE, 0",
            "B123456, BAD_LENGTH, 0",
            "B12345678, BAD_LENGTH, 0",
            "BX234567, BAD_CHARACTER, 1",
            "b1234567, BAD_CHARACTER, 0",
            "12345678, BAD_LENGTH, 0",
    })
    void rejectsMalformedNumbersNamingTheProblem(String number, FormatProblem problem, int position) {
        assertThatThrownBy(() -> DocumentNumber.parse(number))
                .isInstanceOfSatisfying(QrFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("SoGiayTo");
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.position()).isEqualTo(position);
                });
    }

    private static void assertInconsistent(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(QrFormatException.class,
                e -> assertThat(e.problem()).isEqualTo(FormatProblem.INCONSISTENT));
    }
}
