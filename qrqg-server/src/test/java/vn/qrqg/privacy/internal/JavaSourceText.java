package vn.qrqg.privacy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reading Java sources as text, as FieldMessagesTest does: calls' arguments, literals, brackets. */
final class JavaSourceText {

    private JavaSourceText() {
    }

    /** Every {@code .java} file under {@code root}, by its path from there. */
    static Map<String, String> read(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(path -> path.toString().endsWith(".java")).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The comma-separated arguments of the call whose parenthesis opened just before {@code from}, stripped. */
    static List<String> arguments(String text, int from) {
        return split(text.substring(from, end(text, from)), ",").stream().map(String::strip).toList();
    }

    /** Where the bracket closing at depth 0 from {@code from} is. */
    static int end(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = closingQuote(text, i);
            } else if (c == '\'' && characterLiteral(text, i) > 0) {
                i = characterLiteral(text, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw new IllegalStateException("no closing bracket");
    }

    /** {@code text} split at {@code separator} where it stands outside literals and brackets. */
    static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = closingQuote(text, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && text.startsWith(separator, i)
                    && !(separator.equals(":") && (text.startsWith("::", i) || i > 0 && text.charAt(i - 1) == ':'))) {
                parts.add(text.substring(start, i));
                start = i + separator.length();
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Where the character literal opening at {@code open} closes; -1 when it is none (an apostrophe in a comment). */
    private static int characterLiteral(String text, int open) {
        int close = open + (open + 1 < text.length() && text.charAt(open + 1) == '\\' ? 3 : 2);
        return close < text.length() && text.charAt(close) == '\'' ? close : -1;
    }

    static int closingQuote(String text, int open) {
        if (text.startsWith("\"\"\"", open)) {
            return text.indexOf("\"\"\"", open + 3) + 2;
        }
        int i = open + 1;
        while (i < text.length() - 1 && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    /** The string literals in {@code expression}, unescaped enough for names and paths. */
    static List<String> literals(String expression) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < expression.length(); i++) {
            if (expression.charAt(i) == '"') {
                int close = closingQuote(expression, i);
                found.add(expression.substring(i + 1, close).replace("\\\"", "\""));
                i = close;
            }
        }
        return found;
    }

    static String className(String file) {
        return file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
    }

    static int line(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
