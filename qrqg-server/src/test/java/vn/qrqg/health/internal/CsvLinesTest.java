package vn.qrqg.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

    @Test
    void readsQuotedFieldsLineBreaksAndCrlfWithTheLineEachStartsOn() throws IOException {
        CsvLines csv = new CsvLines(new StringReader(
                "\uFEFFsourceId,site\r\nA1,\"Trạm Y tế, \"\"Ba Đình\"\"\"\r\nA2,\"two\nlines\"\nA3,\n"));
        assertThat(csv.next()).isEqualTo(new CsvLines.Line(1, List.of("sourceId", "site"), false));
        assertThat(csv.next()).isEqualTo(new CsvLines.Line(2, List.of("A1", "Trạm Y tế, \"Ba Đình\""), false));
        assertThat(csv.next()).isEqualTo(new CsvLines.Line(3, List.of("A2", "two\nlines"), false));
        assertThat(csv.next()).isEqualTo(new CsvLines.Line(5, List.of("A3", ""), false));
        assertThat(csv.next()).isNull();
    }

    @Test
    void aStrayQuoteMakesALineMalformed() throws IOException {
        assertThat(new CsvLines(new StringReader("A\"1,x\n")).next().malformed()).isTrue();
        assertThat(new CsvLines(new StringReader("\"A1\"x,y\n")).next().malformed()).isTrue();
        assertThat(new CsvLines(new StringReader("\"A1,y\n")).next().malformed()).isTrue();
    }
}
