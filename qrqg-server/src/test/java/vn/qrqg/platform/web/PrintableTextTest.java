package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void vietnameseTextWithTabsAndLineBreaksIsAcceptable() {
        assertThat(PrintableText.isAcceptable("Chợ Bến Thành,\tQuận 1\r\nTP. Hồ Chí Minh")).isTrue();
    }

    @Test
    void controlCharactersAreRefused() {
        for (char c : new char[] {0, 7, 0x1B, 0x7F, 0x85, 0x9F}) {
            assertThat(PrintableText.isAcceptable("a" + c + "b")).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void bidirectionalControlsAreRefused() {
        for (char c : new char[] {0x061C, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069}) {
            assertThat(PrintableText.isAcceptable("a" + c + "b")).as("U+%04X", (int) c).isFalse();
        }
    }
}
