package vn.qrqg.codec.personal;

import java.util.ArrayList;
import java.util.List;

/** A field of a scanned text, as char indices {@code [start, end)}. */
record Span(int start, int end) {

    static List<Span> split(String text, int from, int to, char separator) {
        List<Span> spans = new ArrayList<>(8);
        int start = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == separator) {
                spans.add(new Span(start, i));
                start = i + 1;
            }
        }
        spans.add(new Span(start, to));
        return spans;
    }

    String of(String text) {
        return text.substring(start, end);
    }

    boolean isEmpty() {
        return start == end;
    }

    /** The code-point position in the whole text of the field's {@code offset}-th char. */
    int position(String text, int offset) {
        return text.codePointCount(0, start + offset);
    }
}
