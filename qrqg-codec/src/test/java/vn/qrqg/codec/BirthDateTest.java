package vn.qrqg.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDateTest {

    @Test
    void readsFullAndPartlyUnknownDates() {
        assertThat(BirthDate.parse("1987-01-18")).isEqualTo(new BirthDate(1987, 1, 18));
        assertThat(BirthDate.parse("1950-07-00")).isEqualTo(new BirthDate(1950, 7, 0));
        assertThat(BirthDate.parse("1935-00-00").isComplete()).isFalse();
        assertThat(BirthDate.parse("2000-02-29").toString()).isEqualTo("2000-02-29");
    }

    @ParameterizedTest
    @CsvSource({
            "1993-02-30, IMPOSSIBLE_DATE, 8",
            "1900-02-29, IMPOSSIBLE_DATE, 8",
            "1993-13-01, IMPOSSIBLE_DATE, 5",
            "1993-00-05, IMPOSSIBLE_DATE, 8",
            "1899-01-01, IMPOSSIBLE_DATE, 0",
            "1993-1-18, BAD_FORMAT, 6",
            "1993/01/18, BAD_FORMAT, 4",
            "199A-01-18, BAD_CHARACTER, 3",
            "'', EMPTY, 0",
    })
    void rejectsImpossibleOrMisshapenDates(String text, FormatProblem problem, int position) {
        assertThatThrownBy(() -> BirthDate.parse(text))
                .isInstanceOfSatisfying(QrFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("NgaySinh");
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.position()).isEqualTo(position);
                });
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        LocalDate tomorrow = VietnamTime.today().plusDays(1);
        assertThatThrownBy(() -> BirthDate.parse(tomorrow.toString()))
                .isInstanceOfSatisfying(QrFormatException.class,
                        e -> assertThat(e.problem()).isEqualTo(FormatProblem.IMPOSSIBLE_DATE));
        assertThatThrownBy(() -> BirthDate.parse((tomorrow.getYear() + 1) + "-00-00"))
                .isInstanceOf(QrFormatException.class);
    }
}
