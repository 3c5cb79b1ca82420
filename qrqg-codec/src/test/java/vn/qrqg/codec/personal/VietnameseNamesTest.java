package vn.qrqg.codec.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

class VietnameseNamesTest {

    /** Every Vietnamese vowel with each of the six tones (level, grave, acute, hook, tilde, dot), both cases. */
    static final String VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";

    @ParameterizedTest
    @CsvSource({
            "Nguyễn Lê Khả Hân, NGUYEN LE KHA HAN",
            "  Trần   thị  Thu  , TRAN THI THU",
            "Đặng Đức Đạt, DANG DUC DAT",
            "đỗ đình đông, DO DINH DONG",
            "Phạm Thị Ngọc Ánh, PHAM THI NGOC ANH",
            "Huỳnh Ưng Ơn, HUYNH UNG ON",
    })
    void normalisesDeclaredNames(String declared, String expected) {
        assertThat(VietnameseNames.normalise(declared)).isEqualTo(expected);
    }

    @Test
    void everyVowelWithEveryToneLosesItsMarksInBothCasesAndBothUnicodeForms() {
        for (int i = 0; i < VOWELS.length(); i++) {
            String vowel = VOWELS.substring(i, i + 1);
            String expected = Normalizer.normalize(vowel, Normalizer.Form.NFD).substring(0, 1).toUpperCase();
            for (String form : new String[] {vowel, vowel.toUpperCase()}) {
                assertThat(VietnameseNames.normalise(form)).as(form).isEqualTo(expected);
                String decomposed = Normalizer.normalize(form, Normalizer.Form.NFD);
                assertThat(VietnameseNames.normalise(decomposed)).as("decomposed " + form).isEqualTo(expected);
            }
        }
    }

    @Test
    void composedAndDecomposedInputGiveTheSameName() {
        String composed = "Nguyễn Thị Phượng";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseNames.normalise(decomposed)).isEqualTo(VietnameseNames.normalise(composed))
                .isEqualTo("NGUYEN THI PHUONG");
    }

    @Test
    void treatsNoBreakSpacesTabsAndNewlinesAsSpaces() {
        assertThat(VietnameseNames.normalise("Lê\u00a0Văn\tTám\n")).isEqualTo("LE VAN TAM");
    }

    @Test
    void rejectsDigitsAndPunctuationAtTheirPosition() {
        assertThatThrownBy(() -> VietnameseNames.normalise("Lê Văn 2"))
                .isInstanceOfSatisfying(QrFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("HoTen");
                    assertThat(e.problem()).isEqualTo(FormatProblem.BAD_CHARACTER);
                    assertThat(e.position()).isEqualTo(7);
                });
        assertThatThrownBy(() -> VietnameseNames.normalise("Lê|Văn"))
                .isInstanceOfSatisfying(QrFormatException.class, e -> assertThat(e.position()).isEqualTo(2));
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> VietnameseNames.normalise("   "))
                .isInstanceOfSatisfying(QrFormatException.class,
                        e -> assertThat(e.problem()).isEqualTo(FormatProblem.EMPTY));
    }

    @Test
    void comparesNamesIgnoringCaseMarksAndSpacing() {
        assertThat(VietnameseNames.sameName("nguyễn  văn an", "NGUYEN VAN AN")).isTrue();
        assertThat(VietnameseNames.sameName("Nguyễn Văn An", "Nguyễn Văn Ân")).isTrue();
        assertThat(VietnameseNames.sameName("Nguyễn Văn An", "Nguyễn Văn Anh")).isFalse();
    }
}
