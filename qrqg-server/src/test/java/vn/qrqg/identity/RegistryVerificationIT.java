package vn.qrqg.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.codec.Gender;

/** Verification of declarations against the reference registry in PostgreSQL. */
class RegistryVerificationIT extends IdentityTestSupport {

    @Autowired
    RegistryVerification verification;

    @BeforeEach
    void registerPeople() {
        importCsv("""
                document_number,full_name,date_of_birth,gender,old_document_number,phone
                001121000701,Nguyễn Thị Thuỷ Tiên,1921-07-07,2,100000701,0912000701
                036021000702,Đặng Văn Đức,1921-00-00,1,,
                """);
    }

    @Test
    void matchesIgnoringCaseDiacriticsAndExtraSpaces() {
        RegisteredPerson person = verification.verify(
                new Declaration("001121000701", "  NGUYEN thi   thuy TIEN ", "1921-07-07", Gender.FEMALE));
        assertThat(person.fullName()).isEqualTo("Nguyễn Thị Thuỷ Tiên");
        assertThat(person.phone()).isEqualTo("0912000701");
    }

    @Test
    void matchesByTheOldCmndToo() {
        assertThat(verification.verify(new Declaration("100000701", "Nguyễn Thị Thủy Tiên", "1921-07-07")).documentNumber())
                .isEqualTo("001121000701");
    }

    @Test
    void aYearOnlyRegistryDateMatchesOnlyTheSameDeclaredDate() {
        assertThat(verification.verify(new Declaration("036021000702", "Dang Van Duc", "1921-00-00")).gender())
                .isEqualTo(Gender.MALE);
        DeclarationMismatchException mismatch = catchThrowableOfType(DeclarationMismatchException.class,
                () -> verification.verify(new Declaration("036021000702", "Dang Van Duc", "1921-05-01")));
        assertThat(mismatch.mismatchedFields()).containsExactly("dateOfBirth");
    }

    @Test
    void aMismatchNamesTheFieldsAndRevealsNoRegistryValue() {
        DeclarationMismatchException mismatch = catchThrowableOfType(DeclarationMismatchException.class,
                () -> verification.verify(new Declaration("001121000701", "Nguyễn Thị Tiên", "1921-07-08", Gender.MALE)));
        assertThat(mismatch.mismatchedFields()).containsExactly("fullName", "dateOfBirth", "gender");
        assertThat(mismatch.getMessage()).doesNotContain("Thuỷ", "THUY", "1921-07-07", "FEMALE", "100000701", "0912000701");
    }

    @Test
    void anUnknownDocumentNumberIsTheOnlyMismatch() {
        DeclarationMismatchException mismatch = catchThrowableOfType(DeclarationMismatchException.class,
                () -> verification.verify(new Declaration("001121000799", "Nguyễn Thị Thuỷ Tiên", "1921-07-07")));
        assertThat(mismatch.mismatchedFields()).containsExactly("documentNumber");
    }
}
