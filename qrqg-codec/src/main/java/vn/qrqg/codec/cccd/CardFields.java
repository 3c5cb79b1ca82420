package vn.qrqg.codec.cccd;

import java.util.ArrayList;
import java.util.List;

/** The card text cut at every {@code |}, each field with its start in code points. */
record CardFields(List<String> values, List<Integer> starts, List<Integer> separators) {

    static CardFields split(String text) {
        List<String> values = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> separators = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int start = 0;
        int position = 0;
        for (int i = 0; i < text.length(); position++) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '|') {
                values.add(field.toString());
                starts.add(start);
                separators.add(position);
                field.setLength(0);
                start = position + 1;
            } else {
                field.appendCodePoint(codePoint);
            }
        }
        values.add(field.toString());
        starts.add(start);
        return new CardFields(List.copyOf(values), List.copyOf(starts), List.copyOf(separators));
    }

    int count() {
        return values.size();
    }

    String value(int index) {
        return values.get(index);
    }

    int start(int index) {
        return starts.get(index);
    }

    /** The code-point position of the {@code |} that ends field {@code index}. */
    int separatorAfter(int index) {
        return separators.get(index);
    }
}
