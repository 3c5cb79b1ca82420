package vn.qrqg.codec.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

class QidTest {

    @Test
    void checkDigitIsTheStandardLuhnDigit() {
        assertThat(Qid.checkDigit("7992739871")).isEqualTo('3'); // the textbook Luhn example
        assertThat(Qid.checkDigit("16297938858617110")).isEqualTo('4');
    }

    @Test
    void generatedQidsAreValidEighteenDigitsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            Qid qid = Qid.generate();
            assertThat(qid.value()).hasSize(18).containsOnlyDigits().doesNotStartWith("0");
            assertThat(Qid.isValid(qid.value())).isTrue();
            seen.add(qid.value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void everySingleDigitTypoIsDetected() {
        String qid = Qid.generate().value();
        for (int i = 0; i < qid.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != qid.charAt(i)) {
                    String typo = qid.substring(0, i) + d + qid.substring(i + 1);
                    assertThat(Qid.isValid(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @Test
    void whatIsNoQidIsNotValidWhateverItIs() {
        String qid = Qid.generate().value();
        assertThat(Qid.isValid(null)).isFalse();
        assertThat(Qid.isValid("")).isFalse();
        assertThat(Qid.isValid("079123456789")).as("a CCCD number").isFalse();
        assertThat(Qid.isValid(qid.substring(1))).as("a digit short").isFalse();
        assertThat(Qid.isValid(qid + "0")).as("a digit more").isFalse();
        assertThat(Qid.isValid(qid.substring(0, 5) + "A" + qid.substring(6))).as("a letter").isFalse();
        assertThat(Qid.isValid(qid)).isTrue();
    }

    @Test
    void rejectsWrongCheckDigitAtTheLastPosition() {
        assertThatThrownBy(() -> Qid.parse("162979388586171103", "QID"))
                .isInstanceOfSatisfying(QrFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(FormatProblem.BAD_CHECK_DIGIT);
                    assertThat(e.position()).isEqualTo(17);
                });
    }

    @Test
    void rejectsLettersAndWrongLengthNamingTheField() {
        assertThatThrownBy(() -> Qid.parse("16297938858617110A", "QIDNguoiKhaiHo"))
                .isInstanceOfSatisfying(QrFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("QIDNguoiKhaiHo");
                    assertThat(e.problem()).isEqualTo(FormatProblem.BAD_CHARACTER);
                    assertThat(e.position()).isEqualTo(17);
                });
        assertThatThrownBy(() -> Qid.parse("1629793885861711", "QID"))
                .isInstanceOfSatisfying(QrFormatException.class,
                        e -> assertThat(e.problem()).isEqualTo(FormatProblem.BAD_LENGTH));
    }
}
