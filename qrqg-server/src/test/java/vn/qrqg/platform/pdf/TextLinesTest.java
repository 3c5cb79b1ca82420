package vn.qrqg.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TextLinesTest {
    /** One unit per code point: a monospaced font. */
    private static final ToDoubleFunction<String> MONO = text -> text.codePointCount(0, text.length());

    @Test
    void putsAsManyWordsOnALineAsFit() {
        assertThat(TextLines.wrap("Số 12 Lê Lợi Phường Ba Đình", 12, MONO, 5))
                .containsExactly("Số 12 Lê Lợi", "Phường Ba", "Đình");
    }

    @Test
    void cutsAWordWiderThanALine() {
        assertThat(TextLines.wrap("ab Nguyễnnnnnnnn cd", 5, MONO, 9)).containsExactly("ab", "Nguyễ", "nnnnn", "nnn", "cd");
    }

    @Test
    void endsTheLastKeptLineInAnEllipsis() {
        assertThat(TextLines.wrap("one two three four five six", 9, MONO, 2)).containsExactly("one two", "three…");
        assertThat(TextLines.wrap("one two threefour five", 9, MONO, 2)).containsExactly("one two", "threefou…");
    }

    @Test
    void keepsAShortTextOnOneLine() {
        assertThat(TextLines.wrap("  Chợ  ", 10, MONO, 1)).containsExactly("Chợ");
    }
}
