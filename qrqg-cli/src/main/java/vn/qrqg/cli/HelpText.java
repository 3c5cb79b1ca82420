package vn.qrqg.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Usage help wrapped at words for an 80-column terminal. Picocli is asked for lines it does not
 * wrap (a very wide usage width) and this wraps them: picocli's own wrapping breaks lines at
 * BreakIterator boundaries, so that a URL could be split after {@code http:}, and re-wrapped
 * descriptions that had line breaks of their own mid-sentence. Here a line breaks only at a space,
 * a continuation lines up under the text it continues (an option's description, a synopsis after
 * the command's name), and a word longer than the line stays whole.
 */
final class HelpText {
    static final int WIDTH = 80;
    /** Wide enough that picocli leaves every line to {@link #wrap}. */
    static final int UNWRAPPED = 1000;
    /** Where an option's or a command's description starts: after its names and at least two spaces. */
    private static final Pattern DESCRIPTION = Pattern.compile("^ +\\S.*?  +(?=\\S)|^ {3,}(?=\\S)");
    /** The synopsis: "Usage: qrqg keys rotate " and then its options. */
    private static final Pattern SYNOPSIS = Pattern.compile("^Usage: \\S+(?: [a-z][a-z-]*)* ");

    private HelpText() {
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        text.lines().forEach(line -> wrapLine(line, width, out));
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        String rest = line.stripTrailing();
        int indent = indentOf(rest);
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= indent) {
                cut = rest.indexOf(' ', width); // one word longer than the line: keep it whole
                if (cut < 0) {
                    break;
                }
            }
            out.append(rest, 0, cut).append('\n');
            rest = " ".repeat(indent) + rest.substring(cut).strip();
        }
        out.append(rest).append('\n');
    }

    /** The column a wrapped line goes on at: under the text it continues. */
    private static int indentOf(String line) {
        Matcher synopsis = SYNOPSIS.matcher(line);
        if (synopsis.find()) {
            return synopsis.end();
        }
        Matcher description = DESCRIPTION.matcher(line);
        if (description.find()) {
            return description.end();
        }
        return line.length() - line.stripLeading().length();
    }
}
