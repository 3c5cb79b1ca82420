package vn.qrqg.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void valuesAreEscapedAsCopysTextFormatReadsThem() {
        CopyRows rows = new CopyRows("t", List.of("a", "b", "c"));
        rows.add("tab\there").add("new\nline\r").add("back\\slash").endRow();
        rows.add(null).add(Instant.parse("2026-12-06T10:15:30.123456Z")).add(42L).endRow();

        assertThat(rows.text()).isEqualTo("tab\\there\tnew\\nline\\r\tback\\\\slash\n"
                + "\\N\t2026-12-06T10:15:30.123456Z\t42\n");
        assertThat(rows.rows()).isEqualTo(2);
    }

    @Test
    void bytesAreByteasHexFormWithItsBackslashEscaped() {
        assertThat(new CopyRows("t", List.of("a")).add(new byte[] {0x00, (byte) 0xff, 0x5c}).endRow().text())
                .isEqualTo("\\\\x00ff5c\n");
    }

    @Test
    void uuidsAreAnArraysTextForm() {
        UUID first = UUID.fromString("0192f0c4-7a3e-7c1d-8a2b-3c4d5e6f7a8b");
        UUID second = UUID.fromString("0192f0c4-7a3e-7c1d-8a2b-3c4d5e6f7a8c");
        assertThat(new CopyRows("t", List.of("a", "b")).add(List.of(first, second)).add(List.of()).endRow().text())
                .isEqualTo("{" + first + "," + second + "}\t{}\n".translateEscapes());
        assertThatThrownBy(() -> new CopyRows("t", List.of("a")).add(List.of("text")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("array of UUIDs only");
    }

    @Test
    void theLiteralTextBackslashNIsNotNull() {
        assertThat(new CopyRows("t", List.of("a")).add("\\N").endRow().text()).isEqualTo("\\\\N\n");
    }

    @Test
    void aRowMustHaveEveryColumnAndNoMore() {
        CopyRows rows = new CopyRows("t", List.of("a", "b"));
        assertThatThrownBy(() -> rows.add("x").endRow()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 columns, not 1");
        CopyRows full = new CopyRows("t", List.of("a")).add("x");
        assertThatThrownBy(() -> full.add("y")).isInstanceOf(IllegalStateException.class);
    }
}
