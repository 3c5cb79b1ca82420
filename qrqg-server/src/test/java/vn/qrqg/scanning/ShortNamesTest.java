package vn.qrqg.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ShortNamesTest {

    @Test
    void theFamilyNameStaysWholeAndEveryOtherWordBecomesAnInitial() {
        assertThat(ShortNames.of("Nguyễn Thị Thuỷ Tiên")).isEqualTo("Nguyễn T. T. T.");
        assertThat(ShortNames.of("Trần Văn Bình")).isEqualTo("Trần V. B.");
    }

    @Test
    void initialsAreUpperCaseAndKeepTheirDiacritics() {
        assertThat(ShortNames.of("Đỗ văn ánh")).isEqualTo("Đỗ V. Á.");
        assertThat(ShortNames.of("Lê đức")).isEqualTo("Lê Đ.");
    }

    @Test
    void decomposedNamesAndExtraSpacesGiveTheSameShortName() {
        String decomposed = Normalizer.normalize("  Nguyễn   Ánh ", Normalizer.Form.NFD);
        assertThat(ShortNames.of(decomposed)).isEqualTo("Nguyễn Á.");
    }

    @Test
    void aOneWordNameStaysAsItIs() {
        assertThat(ShortNames.of("Hùng")).isEqualTo("Hùng");
    }
}
