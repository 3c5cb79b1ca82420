package vn.qrqg.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFieldsTest {

    @Test
    void aValueThatLooksLikeAFormulaIsDefusedAndSeparatorsAreQuoted() {
        assertThat(CsvFields.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvFields.field("-1")).isEqualTo("'-1");
        assertThat(CsvFields.field("Nguyễn, T.")).isEqualTo("\"Nguyễn, T.\"");
        assertThat(CsvFields.field(1950)).isEqualTo("1950");
        assertThat(CsvFields.field(null)).isEmpty();
    }
}
