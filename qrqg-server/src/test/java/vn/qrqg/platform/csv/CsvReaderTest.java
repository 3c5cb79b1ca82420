package vn.qrqg.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsRecordsWithTheLineEachStartsOn() throws IOException {
        List<CsvReader.Record> records = readAll("a,b,c\n1,2,3\n");
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1L, 2L);
        assertThat(records.get(1).fields()).containsExactly("1", "2", "3");
        assertThat(records.get(1).isMalformed()).isFalse();
    }

    @Test
    void quotedFieldsMayHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<CsvReader.Record> records = readAll("\"Số 12, Lê Lợi\",\"say \"\"xin chào\"\"\",\"two\nlines\"\nnext,row\n");
        assertThat(records.get(0).fields()).containsExactly("Số 12, Lê Lợi", "say \"xin chào\"", "two\nlines");
        assertThat(records.get(1).line()).as("the record after a two-line field starts on line 3").isEqualTo(3);
        assertThat(records.get(1).fields()).containsExactly("next", "row");
    }

    @Test
    void acceptsCrLfAndCrLineEndingsAndALastLineWithoutOne() throws IOException {
        List<CsvReader.Record> records = readAll("a,b\r\nc,d\re,f");
        assertThat(records).extracting(CsvReader.Record::fields)
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void keepsEmptyFieldsIncludingATrailingOne() throws IOException {
        assertThat(readAll("a,,b,\n").get(0).fields()).containsExactly("a", "", "b", "");
        assertThat(readAll("\"\",x\n").get(0).fields()).containsExactly("", "x");
    }

    @Test
    void skipsAByteOrderMarkAndBlankLinesButCountsThem() throws IOException {
        List<CsvReader.Record> records = readAll("\uFEFFa,b\n\n\r\nc,d\n\n");
        assertThat(records.get(0).fields()).containsExactly("a", "b");
        assertThat(records.get(1).line()).isEqualTo(4);
        assertThat(records).hasSize(2);
    }

    @Test
    void reportsAQuoteClosedBeforeTheEndOfItsFieldAndResumesOnTheNextLine() throws IOException {
        List<CsvReader.Record> records = readAll("\"abc\"x,1\nok,2\n");
        assertThat(records.get(0).malformation()).isEqualTo("a quoted field must end at a comma or the end of the line");
        assertThat(records.get(1).fields()).containsExactly("ok", "2");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void reportsAQuoteInsideAnUnquotedField() throws IOException {
        List<CsvReader.Record> records = readAll("ab\"c,1\nok,2\n");
        assertThat(records.get(0).malformation()).isEqualTo("a quote inside a field that does not start with one");
        assertThat(records.get(0).line()).isEqualTo(1);
        assertThat(records.get(1).fields()).containsExactly("ok", "2");
    }

    @Test
    void reportsAQuotedFieldLeftOpenAtTheLineItStarted() throws IOException {
        List<CsvReader.Record> records = readAll("a,b\nc,\"never closed\nd,e\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).malformation()).isEqualTo("a quoted field is not closed before the end of the file");
    }

    @Test
    void readsLongInputAcrossBufferBoundaries() throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            csv.append(i).append(",\"Nguyễn Văn ").append(i).append(", Hà Nội\"\r\n");
        }
        List<CsvReader.Record> records = readAll(csv.toString());
        assertThat(records).hasSize(20_000);
        assertThat(records.get(19_999).fields()).containsExactly("19999", "Nguyễn Văn 19999, Hà Nội");
        assertThat(records.get(19_999).line()).isEqualTo(20_000);
    }

    private static List<CsvReader.Record> readAll(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<CsvReader.Record> records = new ArrayList<>();
        for (CsvReader.Record record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
