package vn.qrqg.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.RegistryImportException;

class ImportRowsTest {
    private static final AdministrativeUnits UNITS = AdministrativeUnits.load();
    private static final ImportRows ROWS = new ImportRows(UNITS);
    private static final ImportColumns ALL = ImportColumns.fromHeader(List.of("document_number", "full_name",
            "date_of_birth", "gender", "old_document_number", "phone", "insurance_number", "commune_code", "address",
            "household_id"));
    private static final String[] GOOD = {"001193029317", "Nguyễn Lê Khả Hân", "1993-01-18", "2", "123456789",
            "0912345678", "DN4017915019812", "00004", "Số 12 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội", "HK0012345678"};

    @Test
    void turnsAGoodRowIntoAPerson() {
        RegisteredPerson person = ROWS.toPerson(ALL, List.of(GOOD));
        assertThat(person).isEqualTo(new RegisteredPerson("001193029317", "123456789", "Nguyễn Lê Khả Hân",
                BirthDate.parse("1993-01-18"), Gender.FEMALE, "0912345678", "DN4017915019812", "00004",
                "Số 12 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội", "HK0012345678"));
    }

    @Test
    void collapsesSpacesInTheNameComposesItsMarksAndTreatsEmptyOptionalCellsAsAbsent() {
        String decomposed = "Nguye\u0302\u0303n   Le\u0302 Kha\u0309 Ha\u0302n";
        RegisteredPerson person = ROWS.toPerson(ALL, List.of("001193029317", " " + decomposed + " ", "1993-01-18", "2",
                "", " ", "", "", "", ""));
        assertThat(person.fullName()).isEqualTo("Nguyễn Lê Khả Hân");
        assertThat(person.oldDocumentNumber()).isNull();
        assertThat(person.phone()).isNull();
        assertThat(person.address()).isNull();
        assertThat(person.householdId()).isNull();
    }

    @Test
    void needsOnlyTheFourMandatoryColumnsInAnyOrder() {
        ImportColumns four = ImportColumns.fromHeader(List.of("Gender", " full_name", "date_of_birth", "DOCUMENT_NUMBER"));
        RegisteredPerson person = ROWS.toPerson(four, List.of("1", "Trần Văn Bình", "1985-00-00", "123456789"));
        assertThat(person.documentNumber()).isEqualTo("123456789");
        assertThat(person.birthDate()).isEqualTo(new BirthDate(1985, 0, 0));
        assertThat(four.has(ImportColumns.Column.PHONE)).isFalse();
        assertThat(person.householdId()).isNull();
    }

    @Test
    void refusesAHeaderWithoutAMandatoryColumn() {
        assertThatThrownBy(() -> ImportColumns.fromHeader(List.of("document_number", "full_name")))
                .isInstanceOf(RegistryImportException.class)
                .hasMessage("the header lacks the mandatory columns date_of_birth, gender");
    }

    @Test
    void refusesAHeaderWithAnUnknownOrRepeatedColumn() {
        assertThatThrownBy(() -> ImportColumns.fromHeader(List.of("document_number", "full_name", "date_of_birth",
                "gender", "phone_number"))).hasMessageStartingWith("the header has an unknown column \"phone_number\"");
        assertThatThrownBy(() -> ImportColumns.fromHeader(List.of("document_number", "full_name", "date_of_birth",
                "gender", "phone", "phone"))).hasMessage("the header names the column phone twice");
    }

    @Test
    void rejectsARowWhoseFieldCountDiffersFromTheHeader() {
        assertRejected(List.of("001193029317", "Nguyễn Lê Khả Hân"), "the row has 2 fields but the header has 10");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | ''                     | document_number is empty
            1 | ' '                    | full_name is empty
            2 | ''                     | date_of_birth is empty
            3 | ''                     | gender is empty
            0 | 00119302931            | document_number: a document number is 12 digits (CCCD) or 9 digits (CMND), not 11
            0 | 001193O29317           | document_number: a CCCD or CMND number has digits only
            0 | 003193029317           | document_number: 003 is not a province code of birth
            1 | Nguyễn Lê Khả Hân 2    | full_name: '2' is not a letter of a Vietnamese name
            2 | 18/01/1993             | date_of_birth: expected YYYY-MM-DD with 00 for an unknown month or day
            2 | 1993-02-30             | date_of_birth: day 30 does not exist in 1993-02
            2 | 1993-00-18             | date_of_birth: day 18 is given but the month is unknown
            2 | 1994-01-18             | document_number: the CCCD encodes birth year 1993 but the date of birth is in 1994
            3 | 1                      | document_number: the CCCD encodes gender FEMALE but MALE was declared
            3 | 3                      | gender must be 0 (not stated), 1 (male) or 2 (female)
            3 | F                      | gender must be 0 (not stated), 1 (male) or 2 (female)
            4 | 12345678               | old_document_number: a document number is 12 digits (CCCD) or 9 digits (CMND), not 8
            4 | 001193029318           | old_document_number must be an old 9-digit CMND number
            5 | 912345678              | phone must be 10 digits starting with 0
            5 | 1912345678             | phone must be 10 digits starting with 0
            5 | 09123456a8             | phone must be 10 digits starting with 0
            6 | dn4017915019812        | insurance_number must be 2 upper-case letters and 13 digits
            6 | DN40179150198          | insurance_number must be 2 upper-case letters and 13 digits
            7 | 99999                  | commune_code 99999 is not a commune code of the current (2025) structure
            7 | 00001                  | commune_code 00001 is not a commune code of the current (2025) structure
            9 | HK 0012345678          | household_id must be 1 to 32 characters, each an ASCII letter, a digit or '-'
            9 | HK_0012345678          | household_id must be 1 to 32 characters, each an ASCII letter, a digit or '-'
            9 | hộ-0012345678          | household_id must be 1 to 32 characters, each an ASCII letter, a digit or '-'
            9 | HK00123456789012345678901234567890 | household_id must be 1 to 32 characters, each an ASCII letter, a digit or '-'
            """)
    void rejectsABadValueNamingItsColumn(int column, String value, String reason) {
        String[] fields = GOOD.clone();
        fields[column] = value;
        assertRejected(Arrays.asList(fields), reason);
    }

    @ParameterizedTest
    @CsvSource({"HK0000000001", "hk-2021-7", "0105-21-004417", "1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
    void acceptsAHouseholdIdOfUpTo32LettersDigitsAndHyphens(String householdId) {
        String[] fields = GOOD.clone();
        fields[9] = " " + householdId + " ";
        assertThat(ROWS.toPerson(ALL, Arrays.asList(fields)).householdId()).isEqualTo(householdId);
    }

    @ParameterizedTest
    @CsvSource({"Số 12\u0000 Lê Lợi", "Số 12 Lê Lợi\u202E", "Số\u0007 12"})
    void rejectsAnAddressWithAControlCharacterOrAnOverride(String address) {
        String[] fields = GOOD.clone();
        fields[8] = address;
        assertRejected(Arrays.asList(fields), "address must not contain control characters or bidirectional overrides");
    }

    @Test
    void rejectsAnOldDocumentNumberEqualToTheDocumentNumber() {
        String[] fields = GOOD.clone();
        fields[0] = "123456789";
        assertRejected(Arrays.asList(fields), "old_document_number is the same as document_number");
    }

    @Test
    void acceptsAGenderNotStatedWhateverTheCccdEncodes() {
        String[] fields = GOOD.clone();
        fields[3] = "0";
        assertThat(ROWS.toPerson(ALL, Arrays.asList(fields)).gender()).isEqualTo(Gender.NOT_STATED);
    }

    private static void assertRejected(List<String> fields, String reason) {
        assertThatThrownBy(() -> ROWS.toPerson(ALL, fields)).isInstanceOf(RowRejectedException.class).hasMessage(reason);
    }
}
