package vn.qrqg.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.InvalidRequest;

class RegistryVerificationTest {
    private static final RegisteredPerson HAN = new RegisteredPerson("001193029317", "123456789", "Nguyễn Lê Khả Hân",
            BirthDate.parse("1993-01-18"), Gender.FEMALE, "0912345678", null, "00004", null, null);
    private static final RegisteredPerson BINH = new RegisteredPerson("036050000123", null, "Trần Văn Bình",
            BirthDate.parse("1950-00-00"), Gender.MALE, null, null, null, null, null);

    private final PopulationRegistry registry = number -> List.of(HAN, BINH).stream()
            .filter(p -> p.documentNumber().equals(number) || number.equals(p.oldDocumentNumber())).findFirst();
    private final RegistryVerification verification = new RegistryVerification(registry);

    @Test
    void matchesANameWhateverItsCaseDiacriticsAndSpaces() {
        assertThat(verification.verify(new Declaration("001193029317", "  nguyen   LE kha  han ", "1993-01-18"))).isEqualTo(HAN);
        assertThat(verification.verify(new Declaration(" 001193029317 ", "NGUYỄN LÊ KHẢ HÂN", "1993-01-18", Gender.FEMALE)))
                .isEqualTo(HAN);
    }

    @Test
    void findsAPersonByTheirOldCmnd() {
        assertThat(verification.verify(new Declaration("123456789", "Nguyễn Lê Khả Hân", "1993-01-18"))).isEqualTo(HAN);
    }

    @Test
    void namesOnlyTheDocumentNumberWhenTheRegistryHasNoSuchPerson() {
        assertMismatch(new Declaration("001193029318", "Nguyễn Lê Khả Hân", "1993-01-18"), "documentNumber");
    }

    @Test
    void aMalformedDeclarationIsAFormatErrorAndTheRegistryIsNotAsked() {
        RegistryVerification untouchable = new RegistryVerification(number -> {
            throw new AssertionError("the registry was asked about a malformed declaration");
        });
        assertInvalid(untouchable, new Declaration("00119302931", "Nguyễn Lê Khả Hân", "1993-01-18"), "documentNumber")
                .contains("12 digits (CCCD)").contains("not 11");
        assertInvalid(untouchable, new Declaration("001193029317", "Nguyễn Lê Khả Hân", "2016-02-30"), "dateOfBirth")
                .contains("a date that exists").contains("YYYY-MM-DD").doesNotContain("2016");
        assertInvalid(untouchable, new Declaration("001193029317", "Nguyễn Lê Khả Hân", "18/01/1993"), "dateOfBirth")
                .contains("YYYY-MM-DD");
        assertInvalid(untouchable, new Declaration("036050000123", "Trần Văn Bình", "1950"), "dateOfBirth");
    }

    @Test
    void aDeclarationMissingEverythingNamesEveryField() {
        assertThatThrownBy(() -> verification.verify(new Declaration(null, " ", "")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequest.FieldError::field)
                        .containsExactly("documentNumber", "fullName", "dateOfBirth"));
    }

    @Test
    void namesEveryFieldThatDoesNotMatchAndNeverTheRegistrysValues() {
        DeclarationMismatchException mismatch = catchThrowableOfType(DeclarationMismatchException.class,
                () -> verification.verify(new Declaration("001193029317", "Nguyễn Lê Khả Hà", "1993-01-19", Gender.MALE)));
        assertThat(mismatch.mismatchedFields()).containsExactly("fullName", "dateOfBirth", "gender");
        assertThat(mismatch.getMessage())
                .isEqualTo("the declaration does not match the population registry in: fullName, dateOfBirth, gender")
                .doesNotContain("Hân", "HAN", "1993-01-18", "FEMALE", "0912345678");
    }

    @Test
    void comparesTheGenderOnlyWhenDeclared() {
        assertThat(verification.verify(new Declaration("001193029317", "Nguyễn Lê Khả Hân", "1993-01-18", Gender.NOT_STATED)))
                .isEqualTo(HAN);
        assertMismatch(new Declaration("001193029317", "Nguyễn Lê Khả Hân", "1993-01-18", Gender.MALE), "gender");
    }

    @Test
    void aRegistryDateWithUnknownPartsMatchesOnlyTheSameDeclaredDate() {
        assertThat(verification.verify(new Declaration("036050000123", "Trần Văn Bình", "1950-00-00"))).isEqualTo(BINH);
        assertMismatch(new Declaration("036050000123", "Trần Văn Bình", "1950-03-12"), "dateOfBirth");
    }

    @Test
    void aDeclaredNameThatIsNotTheRegistrysDoesNotMatch() {
        assertMismatch(new Declaration("001193029317", "Nguyễn Lê Khả Hân!", "1993-01-18"), "fullName");
    }

    @Test
    void passesOnThatTheRegistryIsUnavailable() {
        RegistryVerification down = new RegistryVerification(number -> {
            throw new RegistryUnavailableException("the population registry answered HTTP 503");
        });
        assertThatThrownBy(() -> down.verify(new Declaration("001193029317", "Nguyễn Lê Khả Hân", "1993-01-18")))
                .isInstanceOf(RegistryUnavailableException.class);
    }

    @Test
    void aCardMatchesWhenItsPrintedNameAndBirthDateAreTheRegistrys() {
        assertThat(RegistryVerification.matchesCard(HAN, "NGUYỄN  lê Khả Hân", LocalDate.of(1993, 1, 18))).isTrue();
        assertThat(RegistryVerification.matchesCard(HAN, "Nguyễn Lê Khả Hà", LocalDate.of(1993, 1, 18))).isFalse();
        assertThat(RegistryVerification.matchesCard(HAN, "Nguyễn Lê Khả Hân", LocalDate.of(1993, 1, 19))).isFalse();
        assertThat(RegistryVerification.matchesCard(HAN, null, LocalDate.of(1993, 1, 18))).isFalse();
        assertThat(RegistryVerification.matchesCard(HAN, "Nguyễn Lê Khả Hân", null)).isFalse();
    }

    @Test
    void aRegistryDateWithUnknownPartsMatchesNoCard() {
        assertThat(RegistryVerification.matchesCard(BINH, "Trần Văn Bình", LocalDate.of(1950, 1, 1))).isFalse();
    }

    @Test
    void aMismatchAlwaysNamesAField() {
        assertThatThrownBy(() -> new DeclarationMismatchException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static AbstractStringAssert<?> assertInvalid(RegistryVerification verification, Declaration declaration,
            String field) {
        InvalidFieldException invalid = catchThrowableOfType(InvalidFieldException.class,
                () -> verification.verify(declaration));
        assertThat(invalid).as("a format error").isNotNull();
        assertThat(invalid.errors()).extracting(InvalidRequest.FieldError::field).containsExactly(field);
        return assertThat(invalid.errors().getFirst().message());
    }

    private void assertMismatch(Declaration declaration, String... fields) {
        assertThatThrownBy(() -> verification.verify(declaration))
                .isInstanceOfSatisfying(DeclarationMismatchException.class,
                        e -> assertThat(e.mismatchedFields()).containsExactly(fields));
    }
}
