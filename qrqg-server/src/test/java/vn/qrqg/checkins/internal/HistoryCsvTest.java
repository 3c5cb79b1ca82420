package vn.qrqg.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryCsvTest {

    @Test
    void aValueThatLooksLikeAFormulaIsDefusedAndSeparatorsAreQuoted() {
        assertThat(HistoryCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(HistoryCsv.field("-1")).isEqualTo("'-1");
        assertThat(HistoryCsv.field("Nguyễn, T.")).isEqualTo("\"Nguyễn, T.\"");
        assertThat(HistoryCsv.field(1950)).isEqualTo("1950");
        assertThat(HistoryCsv.field(null)).isEmpty();
    }
}
