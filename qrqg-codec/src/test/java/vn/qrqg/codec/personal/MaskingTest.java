package vn.qrqg.codec.personal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void hidesTheFirstSixCharactersOfEveryKindOfDocument() {
        assertThat(Masking.document("001093029317")).isEqualTo("******029317");
        assertThat(Masking.document("123456509")).isEqualTo("******509");
        assertThat(Masking.document("B1234567")).isEqualTo("******67");
    }

    @Test
    void keepsOnlyTheYearOfBirthAlsoWhenDayOrMonthIsUnknown() {
        assertThat(Masking.birthDate("1987-01-18")).isEqualTo("1987-**-**");
        assertThat(Masking.birthDate("1950-00-00")).isEqualTo("1950-**-**");
    }

    @Test
    void keepsTheFirstSixOfTheInsuranceNumberAndTheFirstFourOfThePhone() {
        assertThat(Masking.insuranceNumber("DN4797915019812")).isEqualTo("DN4797*********");
        assertThat(Masking.phone("0912345678")).isEqualTo("0912******");
    }

    @Test
    void leavesEmptyValuesEmptyAndIsIdempotent() {
        assertThat(Masking.insuranceNumber("")).isEmpty();
        assertThat(Masking.phone("")).isEmpty();
        assertThat(Masking.document(Masking.document("001093029317"))).isEqualTo("******029317");
        assertThat(Masking.phone(Masking.phone("0912345678"))).isEqualTo("0912******");
    }
}
