package vn.qrqg.platform.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Breaks a text into lines that fit a width, for printed pages; pure, so that it is tested without a PDF. */
final class TextLines {
    static final String ELLIPSIS = "…";

    private TextLines() {
    }

    /**
     * Greedy word wrap: as many words on a line as fit; a word wider than a whole line is cut.
     * More than {@code maxLines} lines: the last one kept ends in an ellipsis.
     *
     * @param width the printed width of a string, in the unit of {@code maxWidth}
     */
    static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > maxWidth) {
                int cut = longestFittingPrefix(rest, maxWidth, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && width.applyAsDouble(last + ELLIPSIS) > maxWidth) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(maxLines - 1, last.stripTrailing() + ELLIPSIS);
        return kept;
    }

    /** At least one code point, so that a line always makes progress. */
    private static int longestFittingPrefix(String word, double maxWidth, ToDoubleFunction<String> width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width.applyAsDouble(word.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }
}
